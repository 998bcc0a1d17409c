BEGIN TRANSACTION;
ALTER TABLE mailboxes ADD COLUMN store TEXT;
UPDATE mailboxes SET store = 'db-' || (quota / 100) WHERE quota >= 300;
DELETE FROM meta WHERE key = 'schema_version' AND value = '2';
INSERT OR ROLLBACK INTO meta (key, value) VALUES ('schema_version', '3');
END TRANSACTION;
