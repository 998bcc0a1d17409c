-- Phase 1: organizations, the accounts everything else hangs off.
-- Timestamps are ISO-8601 UTC text; deleted_at is NULL while the row is live (soft delete).

CREATE TABLE organizations (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL,
    domain      TEXT    NOT NULL UNIQUE COLLATE NOCASE,
    industry    TEXT    NOT NULL DEFAULT 'other'
                CHECK (industry IN ('food_service', 'retail', 'hospitality', 'distribution', 'manufacturing', 'other')),
    country     TEXT    NOT NULL DEFAULT 'US' CHECK (length(country) = 2),
    created_at  TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at  TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    deleted_at  TEXT
);

CREATE INDEX idx_organizations_name_live ON organizations (name) WHERE deleted_at IS NULL;

CREATE TRIGGER trg_organizations_updated_at
AFTER UPDATE ON organizations
FOR EACH ROW WHEN NEW.updated_at IS OLD.updated_at
BEGIN
    UPDATE organizations SET updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = NEW.id;
END;
