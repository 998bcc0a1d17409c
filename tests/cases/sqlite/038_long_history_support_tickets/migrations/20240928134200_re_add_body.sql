BEGIN;
ALTER TABLE tickets ADD COLUMN body TEXT NOT NULL DEFAULT '';
UPDATE tickets SET body = 'migrated; original text archived' WHERE deleted_at IS NULL;
UPDATE tickets SET status = 'closed' WHERE priority = 1;
COMMIT;
