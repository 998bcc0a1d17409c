-- sqlite-utils transform trees --rename caretaker maintained_by --not-null address --pk-none
-- (the transform drops the table and with it the FTS triggers: they are created again below)
CREATE TABLE [trees_new_5d0e8f11c4a6] (
   [address] TEXT NOT NULL,
   [planted] TEXT,
   [dbh_cm] INTEGER,
   [maintained_by] TEXT,
   [notes] TEXT,
   [species_id] INTEGER REFERENCES [species]([id])
);
INSERT INTO [trees_new_5d0e8f11c4a6] ([rowid], [address], [planted], [dbh_cm], [maintained_by], [notes], [species_id])
   SELECT [rowid], [address], [planted], [dbh_cm], [caretaker], [notes], [species_id] FROM [trees];
DROP TABLE [trees];
ALTER TABLE [trees_new_5d0e8f11c4a6] RENAME TO [trees];
CREATE INDEX [idx_trees_species_id]
    ON [trees] ([species_id]);
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
INSERT INTO [trees_fts] ([trees_fts]) VALUES ('rebuild');
-- a tree added after the transform gets the next rowid
INSERT INTO [trees] ([address], [planted], [dbh_cm], [maintained_by], [notes], [species_id])
VALUES ('1 Civic Center Plaza', '2024-04-22', 8, 'DPW', 'Earth Day planting', (SELECT [id] FROM [species] WHERE [species] = 'Tilia cordata'));
