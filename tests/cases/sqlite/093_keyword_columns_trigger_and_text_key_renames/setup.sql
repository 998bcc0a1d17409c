-- A budgeting add-on of the CRM (actualbudget-style history): text ids, tombstone columns,
-- a preferences table keyed by text, and report rows whose columns are named start and end.
CREATE TABLE preferences (id TEXT PRIMARY KEY, value TEXT);
CREATE TABLE widgets (id TEXT PRIMARY KEY, type TEXT, width INTEGER, tombstone INTEGER DEFAULT 0);
CREATE TABLE pipeline_reports
  (id TEXT PRIMARY KEY,
   name TEXT,
   start TEXT,
   end TEXT,
   mode TEXT DEFAULT 'total',
   tombstone INTEGER DEFAULT 0);
CREATE TABLE payers (id TEXT PRIMARY KEY, name TEXT, tombstone INTEGER DEFAULT 0);

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 40)
INSERT INTO preferences
SELECT 'import-skip-rows-acct' || i, CAST(i % 4 AS TEXT) FROM n;
INSERT INTO preferences VALUES ('theme', 'dark'), ('import-skip-head-rows-acct7', '9'), ('budget-mode', 'envelope');
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 30)
INSERT INTO widgets
SELECT 'w' || i, CASE WHEN i % 6 = 0 THEN NULL ELSE 'deal-flow' END, 2 + i % 3, 0 FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 60)
INSERT INTO pipeline_reports (id, name, start, end, mode)
SELECT 'r' || i, 'Report ' || i, '2024-' || printf('%02d', 1 + i % 12) || '-01',
       CASE WHEN i % 5 = 0 THEN NULL ELSE '2024-12-31' END, CASE WHEN i % 2 THEN 'total' ELSE 'time' END
FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50)
INSERT INTO payers SELECT 'p' || i, 'Payer ' || i, 0 FROM n;
