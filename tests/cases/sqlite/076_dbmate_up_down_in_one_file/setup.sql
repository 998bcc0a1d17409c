CREATE TABLE vendors (id INTEGER PRIMARY KEY, name TEXT NOT NULL, phone TEXT, fax TEXT);
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 60)
INSERT INTO vendors SELECT i, 'Vendor ' || i, '555-01' || printf('%02d', i), CASE WHEN i % 4 = 0 THEN NULL ELSE '555-99' || printf('%02d', i) END FROM n;
