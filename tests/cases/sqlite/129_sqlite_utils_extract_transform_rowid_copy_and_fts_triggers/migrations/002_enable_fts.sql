-- sqlite-utils enable-fts trees address notes --fts5 --create-triggers
CREATE VIRTUAL TABLE [trees_fts] USING FTS5 (
    [address], [notes],
    content=[trees]
);
INSERT INTO [trees_fts] (rowid, [address], [notes])
    SELECT rowid, [address], [notes] FROM [trees];
CREATE TRIGGER [trees_ai] AFTER INSERT ON [trees] BEGIN
  INSERT INTO [trees_fts] (rowid, [address], [notes]) VALUES (new.rowid, new.[address], new.[notes]);
END;
CREATE TRIGGER [trees_ad] AFTER DELETE ON [trees] BEGIN
  INSERT INTO [trees_fts] ([trees_fts], rowid, [address], [notes]) VALUES('delete', old.rowid, old.[address], old.[notes]);
END;
CREATE TRIGGER [trees_au] AFTER UPDATE ON [trees] BEGIN
  INSERT INTO [trees_fts] ([trees_fts], rowid, [address], [notes]) VALUES('delete', old.rowid, old.[address], old.[notes]);
  INSERT INTO [trees_fts] (rowid, [address], [notes]) VALUES (new.rowid, new.[address], new.[notes]);
END;
-- private trees leave the survey; the triggers keep the index in step
DELETE FROM [trees] WHERE [caretaker] = 'Private' AND [notes] IS NULL;
UPDATE [trees] SET [notes] = 'sidewalk repaired 2024' WHERE [notes] = 'root damage near sidewalk' AND [address] LIKE '%Oak Ave';
