BEGIN TRANSACTION;

-- Rename import-skip-rows-* preferences to import-skip-head-rows-*: the text primary key
-- changes; one new key already exists and is replaced (OR REPLACE deletes it first).
UPDATE OR REPLACE preferences
SET id = REPLACE(id, 'import-skip-rows-', 'import-skip-head-rows-')
WHERE id LIKE 'import-skip-rows-%';

ALTER TABLE widgets ADD COLUMN sort_by TEXT DEFAULT 'asc';
UPDATE widgets SET sort_by = 'desc' WHERE width > 3;

COMMIT;
