-- setup with CRLF line endings
CREATE TABLE companies (id INTEGER PRIMARY KEY, name TEXT NOT NULL, notes TEXT);
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20)
INSERT INTO companies SELECT i, 'Company ' || i, NULL FROM n;
