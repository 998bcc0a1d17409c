-- A quoting tool's database whose Flyway history uses dotted and underscored versions.
CREATE TABLE quotes (id INTEGER PRIMARY KEY, customer TEXT NOT NULL, total_cents INTEGER NOT NULL, status TEXT NOT NULL DEFAULT 'draft');
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 40)
INSERT INTO quotes SELECT i, 'Customer ' || (1 + i % 7), 10000 + i * 250, CASE i % 3 WHEN 0 THEN 'sent' WHEN 1 THEN 'draft' ELSE 'accepted' END FROM n;
