-- Joplin-like client database: notes with an FTS4 index kept by triggers, folders, tags, the
-- deleted_items sync journal, knex's migration table.
CREATE TABLE knex_migrations (id integer not null primary key autoincrement, name varchar(255), batch integer, migration_time datetime);
INSERT INTO knex_migrations (name, batch, migration_time) VALUES ('20200101_init.js', 1, '2020-01-01 00:00:00');
CREATE TABLE folders (id TEXT PRIMARY KEY, title TEXT NOT NULL DEFAULT '', created_time INT NOT NULL, updated_time INT NOT NULL, parent_id TEXT NOT NULL DEFAULT '');
CREATE TABLE notes (id TEXT PRIMARY KEY, parent_id TEXT NOT NULL DEFAULT '', title TEXT NOT NULL DEFAULT '', body TEXT NOT NULL DEFAULT '',
  created_time INT NOT NULL, updated_time INT NOT NULL, is_todo INT NOT NULL DEFAULT 0, todo_completed INT NOT NULL DEFAULT 0,
  source_url TEXT NOT NULL DEFAULT '', is_conflict INT NOT NULL DEFAULT 0);
CREATE INDEX notes_title ON notes (title);
CREATE INDEX notes_updated_time ON notes (updated_time);
CREATE VIRTUAL TABLE notes_fts USING fts4(content="notes", notindexed="id", id, title, body);
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
CREATE TABLE tags (id TEXT PRIMARY KEY, title TEXT NOT NULL DEFAULT '', created_time INT NOT NULL, updated_time INT NOT NULL);
CREATE TABLE note_tags (id TEXT PRIMARY KEY, note_id TEXT NOT NULL, tag_id TEXT NOT NULL, created_time INT NOT NULL, updated_time INT NOT NULL);
CREATE TABLE deleted_items (id INTEGER PRIMARY KEY, item_type INT NOT NULL, item_id TEXT NOT NULL, deleted_time INT NOT NULL);

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5)
INSERT INTO folders SELECT printf('f%031d', i), 'Notebook ' || i, 1580000000000 + i, 1580000000000 + i, CASE WHEN i > 3 THEN printf('f%031d', 1) ELSE '' END FROM n;
-- rowids with gaps, as after deletions
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 70)
INSERT INTO notes (rowid, id, parent_id, title, body, created_time, updated_time, is_todo, todo_completed, source_url, is_conflict)
SELECT i * 3, printf('n%031d', i), printf('f%031d', 1 + i % 5), 'Note ' || i, 'Body of note ' || i || CASE WHEN i % 4 = 0 THEN ' about kayaks' ELSE ' about tents' END,
       1580000000000 + i * 1000, 1590000000000 + i * 1000, i % 6 = 0, CASE WHEN i % 12 = 0 THEN 1590000000000 ELSE 0 END,
       CASE WHEN i % 5 = 0 THEN 'https://example.org/' || i ELSE '' END, i % 23 = 0 FROM n;
INSERT INTO tags VALUES ('t1', 'camping', 1580000000000, 1580000000000), ('t2', 'Kayak', 1580000000000, 1580000000000), ('t3', 'kayak', 1580000000001, 1580000000001);
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 40)
INSERT INTO note_tags SELECT printf('nt%030d', i), printf('n%031d', i), CASE i % 3 WHEN 0 THEN 't1' WHEN 1 THEN 't2' ELSE 't3' END, 1580000000000, 1580000000000 FROM n;
