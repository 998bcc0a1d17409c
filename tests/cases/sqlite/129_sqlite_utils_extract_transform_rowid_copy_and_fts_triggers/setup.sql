-- A street-tree survey loaded by CSV import: no primary key (rowid table), text columns only.
CREATE TABLE [trees] (
   [address] TEXT,
   [species] TEXT,
   [planted] TEXT,
   [dbh_cm] TEXT,
   [caretaker] TEXT,
   [notes] TEXT
);
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 120)
INSERT INTO [trees] ([address], [species], [planted], [dbh_cm], [caretaker], [notes])
SELECT (100 + i) || ' ' || CASE i % 4 WHEN 0 THEN 'Elm St' WHEN 1 THEN 'Oak Ave' WHEN 2 THEN 'Market St' ELSE 'Pine Rd' END,
       CASE i % 6 WHEN 0 THEN 'Platanus x hispanica' WHEN 1 THEN 'Quercus robur' WHEN 2 THEN 'Tilia cordata' WHEN 3 THEN 'Acer campestre' WHEN 4 THEN 'Quercus robur' ELSE '' END,
       printf('%04d-%02d-15', 1990 + i % 30, 1 + i % 12),
       CASE WHEN i % 9 = 0 THEN '' ELSE CAST(10 + (i * 7) % 90 AS TEXT) END,
       CASE WHEN i % 5 = 0 THEN 'Private' ELSE 'DPW' END,
       CASE WHEN i % 7 = 0 THEN 'root damage near sidewalk' WHEN i % 11 = 0 THEN 'planted by volunteers; "Friends of the Urban Forest"' END
FROM n
ORDER BY i;
-- removed trees leave rowid gaps
DELETE FROM [trees] WHERE rowid IN (3, 50, 51, 119);
