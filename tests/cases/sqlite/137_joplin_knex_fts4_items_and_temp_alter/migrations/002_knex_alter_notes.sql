-- knex's SQLite alter: a `_knex_temp_alter<nnn>` copy; the FTS triggers go with the old table
CREATE TABLE `_knex_temp_alter481` (`id` TEXT PRIMARY KEY, `parent_id` TEXT NOT NULL DEFAULT '', `title` TEXT NOT NULL DEFAULT '', `body` TEXT NOT NULL DEFAULT '',
  `created_time` INT NOT NULL, `updated_time` INT NOT NULL, `is_todo` INT NOT NULL DEFAULT 0, `todo_completed` INT NOT NULL DEFAULT 0,
  `source_url` TEXT NOT NULL DEFAULT '', `is_conflict` INT NOT NULL DEFAULT 0, `markup_language` INT NOT NULL DEFAULT 1, `is_shared` INT NOT NULL DEFAULT 0);
INSERT INTO `_knex_temp_alter481` (rowid, `id`, `parent_id`, `title`, `body`, `created_time`, `updated_time`, `is_todo`, `todo_completed`, `source_url`, `is_conflict`)
SELECT rowid, `id`, `parent_id`, `title`, `body`, `created_time`, `updated_time`, `is_todo`, `todo_completed`, `source_url`, `is_conflict` FROM `notes`;
DROP TABLE `notes`;
ALTER TABLE `_knex_temp_alter481` RENAME TO `notes`;
CREATE INDEX notes_title ON notes (title);
CREATE INDEX notes_updated_time ON notes (updated_time);
CREATE INDEX notes_is_todo ON notes (is_todo) WHERE is_todo = 1;
CREATE TRIGGER notes_fts_before_update BEFORE UPDATE ON notes BEGIN
  DELETE FROM notes_fts WHERE docid=old.rowid;
END;
CREATE TRIGGER notes_fts_before_delete BEFORE DELETE ON notes BEGIN
  DELETE FROM notes_fts WHERE docid=old.rowid;
END;
CREATE TRIGGER notes_after_update AFTER UPDATE ON notes BEGIN
  INSERT INTO notes_fts(docid, id, title, body) SELECT rowid, id, title, body FROM notes WHERE is_conflict = 0 AND rowid = new.rowid;
END;
CREATE TRIGGER notes_after_insert AFTER INSERT ON notes BEGIN
  INSERT INTO notes_fts(docid, id, title, body) SELECT rowid, id, title, body FROM notes WHERE is_conflict = 0 AND rowid = new.rowid;
END;
INSERT INTO notes_fts(notes_fts) VALUES ('rebuild');
