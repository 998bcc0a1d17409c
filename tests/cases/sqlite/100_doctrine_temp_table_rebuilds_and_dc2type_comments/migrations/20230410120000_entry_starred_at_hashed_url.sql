-- Version20230410120000: auto-generated, adjusted by hand
ALTER TABLE app_entry ADD COLUMN starred_at DATETIME DEFAULT NULL;
ALTER TABLE app_entry ADD COLUMN hashed_url VARCHAR(40) DEFAULT NULL;
UPDATE app_entry SET starred_at = updated_at WHERE is_starred = 1;
UPDATE app_entry SET hashed_url = lower(hex(substr(url, 9, 20)));
CREATE INDEX hashed_url_user_id ON app_entry (user_id, hashed_url);
-- the public share id is gone
DROP INDEX uid;
PRAGMA foreign_keys = OFF;
CREATE TEMPORARY TABLE __temp__app_entry AS SELECT id, user_id, title, url, is_archived, is_starred, content, created_at, updated_at, reading_time, domain_name, starred_at, hashed_url FROM app_entry;
DROP TABLE app_entry;
CREATE TABLE app_entry (id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, user_id INTEGER DEFAULT NULL, title CLOB DEFAULT NULL COLLATE BINARY, url CLOB DEFAULT NULL COLLATE BINARY, is_archived BOOLEAN NOT NULL, is_starred BOOLEAN NOT NULL, content CLOB DEFAULT NULL COLLATE BINARY, created_at DATETIME NOT NULL, updated_at DATETIME NOT NULL, reading_time INTEGER DEFAULT NULL, domain_name CLOB DEFAULT NULL COLLATE BINARY, starred_at DATETIME DEFAULT NULL, hashed_url VARCHAR(40) DEFAULT NULL COLLATE BINARY, CONSTRAINT FK_F4D18282A76ED395 FOREIGN KEY (user_id) REFERENCES app_user (id) NOT DEFERRABLE INITIALLY IMMEDIATE);
INSERT INTO app_entry (id, user_id, title, url, is_archived, is_starred, content, created_at, updated_at, reading_time, domain_name, starred_at, hashed_url) SELECT id, user_id, title, url, is_archived, is_starred, content, created_at, updated_at, reading_time, domain_name, starred_at, hashed_url FROM __temp__app_entry;
DROP TABLE __temp__app_entry;
CREATE INDEX IDX_F4D18282A76ED395 ON app_entry (user_id);
CREATE INDEX hashed_url_user_id ON app_entry (user_id, hashed_url);
PRAGMA foreign_keys = ON;
