-- Version20230615143000: tags differing only in case are merged into the oldest one
INSERT OR IGNORE INTO app_entry_tag (entry_id, tag_id)
SELECT et.entry_id, (SELECT min(t2.id) FROM app_tag t2 WHERE lower(t2.label) = lower(t.label))
FROM app_entry_tag et JOIN app_tag t ON t.id = et.tag_id
WHERE t.id <> (SELECT min(t2.id) FROM app_tag t2 WHERE lower(t2.label) = lower(t.label))
ORDER BY et.entry_id, et.tag_id;
DELETE FROM app_entry_tag WHERE tag_id IN (
    SELECT t.id FROM app_tag t WHERE t.id <> (SELECT min(t2.id) FROM app_tag t2 WHERE lower(t2.label) = lower(t.label)));
DELETE FROM app_tag WHERE id <> (SELECT min(t2.id) FROM app_tag t2 WHERE lower(t2.label) = lower(app_tag.label));
UPDATE app_tag SET label = lower(label);
-- the user name column is dropped from the users table (the Doctrine way)
DROP INDEX UNIQ_1D63E7E592FC23A8;
PRAGMA foreign_keys = OFF;
CREATE TEMPORARY TABLE __temp__app_user AS SELECT id, username, username_canonical, email, enabled, created_at, roles FROM app_user;
DROP TABLE app_user;
CREATE TABLE app_user (id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, username VARCHAR(180) NOT NULL COLLATE BINARY, username_canonical VARCHAR(180) NOT NULL COLLATE BINARY, email VARCHAR(180) NOT NULL COLLATE BINARY, enabled BOOLEAN NOT NULL, created_at DATETIME NOT NULL, roles CLOB NOT NULL COLLATE BINARY --(DC2Type:array)
        , emailNotified BOOLEAN DEFAULT 0 NOT NULL);
INSERT INTO app_user (id, username, username_canonical, email, enabled, created_at, roles) SELECT id, username, username_canonical, email, enabled, created_at, roles FROM __temp__app_user;
DROP TABLE __temp__app_user;
CREATE UNIQUE INDEX UNIQ_1D63E7E592FC23A8 ON app_user (username_canonical);
PRAGMA foreign_keys = ON;
