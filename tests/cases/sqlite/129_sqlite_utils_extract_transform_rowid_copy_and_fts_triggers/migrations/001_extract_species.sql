-- sqlite-utils extract trees species --table species --fk-column species_id
CREATE TABLE [species] (
   [id] INTEGER PRIMARY KEY,
   [species] TEXT
);
CREATE UNIQUE INDEX [idx_species_species]
    ON [species] ([species]);
INSERT OR IGNORE INTO [species] ([species]) SELECT DISTINCT [species] FROM [trees] WHERE [species] <> '' ORDER BY [species];
ALTER TABLE [trees] ADD COLUMN [species_id] INTEGER;
UPDATE [trees] SET [species_id] = (SELECT [species].[id] FROM [species] WHERE [trees].[species] = [species].[species]);
-- sqlite-utils transform trees --drop species --type dbh_cm integer (rowid kept as it is)
CREATE TABLE [trees_new_9a41c3e07b2d] (
   [address] TEXT,
   [planted] TEXT,
   [dbh_cm] INTEGER,
   [caretaker] TEXT,
   [notes] TEXT,
   [species_id] INTEGER REFERENCES [species]([id])
);
INSERT INTO [trees_new_9a41c3e07b2d] ([rowid], [address], [planted], [dbh_cm], [caretaker], [notes], [species_id])
   SELECT [rowid], [address], [planted], NULLIF([dbh_cm], ''), [caretaker], [notes], [species_id] FROM [trees];
DROP TABLE [trees];
ALTER TABLE [trees_new_9a41c3e07b2d] RENAME TO [trees];
CREATE INDEX [idx_trees_species_id]
    ON [trees] ([species_id]);
