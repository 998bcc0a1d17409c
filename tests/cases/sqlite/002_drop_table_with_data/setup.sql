CREATE TABLE legacy_import_rows (
    id        INTEGER PRIMARY KEY,
    source    TEXT NOT NULL,
    payload   TEXT,
    imported  INTEGER NOT NULL DEFAULT 0
);
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 120)
INSERT INTO legacy_import_rows (id, source, payload, imported)
SELECT i, CASE i % 2 WHEN 0 THEN 'csv' ELSE 'hubspot' END, '{"row":' || i || '}', i % 3 = 0 FROM n;
CREATE TABLE keep_me (id INTEGER PRIMARY KEY, label TEXT);
INSERT INTO keep_me VALUES (1, 'unrelated');
