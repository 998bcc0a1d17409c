-- Joplin-style: a column with a double-quoted empty default, then the full-text index is
-- dropped with its triggers and created again with the new column, filled from notes.
ALTER TABLE notes ADD COLUMN original_title TEXT NOT NULL DEFAULT "";
UPDATE notes SET original_title = title, title = 'Untitled ' || noteId WHERE title = 'note';

DROP TRIGGER notes_fts_after_insert;
DROP TRIGGER notes_fts_after_update;
DROP TRIGGER notes_fts_before_delete;
DROP TABLE notes_fts;

CREATE VIRTUAL TABLE notes_fts USING fts4(noteId, title, body, original_title, notindexed="noteId");
INSERT INTO notes_fts (docid, noteId, title, body, original_title)
SELECT rowid, noteId, title, body, original_title FROM notes WHERE isDeleted = 0 ORDER BY rowid;
CREATE TRIGGER notes_fts_after_insert AFTER INSERT ON notes WHEN NEW.isDeleted = 0 BEGIN
    INSERT INTO notes_fts (docid, noteId, title, body, original_title) VALUES (NEW.rowid, NEW.noteId, NEW.title, NEW.body, NEW.original_title);
END;
CREATE TRIGGER notes_fts_after_update AFTER UPDATE ON notes BEGIN
    DELETE FROM notes_fts WHERE docid = OLD.rowid;
    INSERT INTO notes_fts (docid, noteId, title, body, original_title) SELECT NEW.rowid, NEW.noteId, NEW.title, NEW.body, NEW.original_title WHERE NEW.isDeleted = 0;
END;
CREATE TRIGGER notes_fts_before_delete BEFORE DELETE ON notes BEGIN
    DELETE FROM notes_fts WHERE docid = OLD.rowid;
END;
