CREATE TABLE settings_new (scope TEXT NOT NULL, key TEXT NOT NULL, value TEXT, PRIMARY KEY (scope, key)) WITHOUT ROWID;
INSERT INTO settings_new SELECT scope, key, value FROM settings;
DROP TABLE settings;
ALTER TABLE settings_new RENAME TO settings;
UPDATE settings SET value = 'CHF' WHERE scope = 'global' AND key = 'currency';
