CREATE TABLE opportunities (id INTEGER PRIMARY KEY, name TEXT NOT NULL, status TEXT);
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 48)
INSERT INTO opportunities SELECT i, 'Opportunity ' || i,
    CASE i % 8 WHEN 0 THEN 'Won' WHEN 1 THEN 'closed won' WHEN 2 THEN 'LOST' WHEN 3 THEN 'open' WHEN 4 THEN 'in progress' WHEN 5 THEN NULL WHEN 6 THEN 'Open ' ELSE 'lost - price' END FROM n;
