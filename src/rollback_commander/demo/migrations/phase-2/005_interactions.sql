-- Phase 2: interactions, the activity log (calls, emails, meetings) against a contact,
-- optionally tied to an opportunity.

CREATE TABLE interactions (
    id               INTEGER PRIMARY KEY,
    contact_id       INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    opportunity_id   INTEGER REFERENCES opportunities (id) ON DELETE SET NULL,
    kind             TEXT    NOT NULL,
    subject          TEXT    NOT NULL,
    notes            TEXT,
    occurred_at      TEXT    NOT NULL,
    duration_minutes INTEGER,
    created_at       TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at       TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    deleted_at       TEXT
);

CREATE INDEX idx_interactions_contact ON interactions (contact_id, occurred_at);
CREATE INDEX idx_interactions_opportunity ON interactions (opportunity_id);

CREATE TRIGGER trg_interactions_updated_at
AFTER UPDATE ON interactions
FOR EACH ROW WHEN NEW.updated_at IS OLD.updated_at
BEGIN
    UPDATE interactions SET updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = NEW.id;
END;
