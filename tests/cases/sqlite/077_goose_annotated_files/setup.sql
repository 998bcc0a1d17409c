CREATE TABLE invoices (id INTEGER PRIMARY KEY, customer TEXT NOT NULL, total_cents INTEGER NOT NULL, status TEXT NOT NULL DEFAULT 'open');
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 80)
INSERT INTO invoices SELECT i, 'Customer ' || (i % 13), i * 1250, CASE i % 5 WHEN 0 THEN 'void' WHEN 1 THEN 'paid' ELSE 'open' END FROM n;
