-- Phase 4: interactions.kind and duration_minutes get CHECK constraints. SQLite cannot add a
-- constraint to an existing table, so the table is rebuilt the documented way:
-- create the new table, copy, drop the old one, rename, re-create indexes and triggers.
-- (Nothing references interactions by foreign key, and no view reads it.)

CREATE TABLE interactions_new (
    id               INTEGER PRIMARY KEY,
    contact_id       INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    opportunity_id   INTEGER REFERENCES opportunities (id) ON DELETE SET NULL,
    kind             TEXT    NOT NULL CHECK (kind IN ('call', 'email', 'meeting', 'demo', 'note')),
    subject          TEXT    NOT NULL,
    notes            TEXT,
    occurred_at      TEXT    NOT NULL,
    duration_minutes INTEGER CHECK (duration_minutes IS NULL OR duration_minutes >= 0),
    created_at       TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at       TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    deleted_at       TEXT
);

INSERT INTO interactions_new
       (id, contact_id, opportunity_id, kind, subject, notes, occurred_at, duration_minutes,
        created_at, updated_at, deleted_at)
SELECT id, contact_id, opportunity_id, kind, subject, notes, occurred_at, duration_minutes,
       created_at, updated_at, deleted_at
FROM interactions;

DROP TABLE interactions;

ALTER TABLE interactions_new RENAME TO interactions;

CREATE INDEX idx_interactions_contact ON interactions (contact_id, occurred_at);
CREATE INDEX idx_interactions_opportunity ON interactions (opportunity_id);
CREATE INDEX idx_interactions_recent_live ON interactions (occurred_at) WHERE deleted_at IS NULL;

CREATE TRIGGER trg_interactions_updated_at
AFTER UPDATE ON interactions
FOR EACH ROW WHEN NEW.updated_at IS OLD.updated_at
BEGIN
    UPDATE interactions SET updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = NEW.id;
END;
