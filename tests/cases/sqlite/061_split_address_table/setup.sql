CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT NOT NULL, street TEXT, city TEXT, postcode TEXT);
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 45)
INSERT INTO customers SELECT i, 'Customer ' || i, CASE WHEN i % 6 = 0 THEN NULL ELSE i || ' Main St' END,
    CASE i % 3 WHEN 0 THEN 'Springfield' WHEN 1 THEN 'Shelbyville' ELSE 'Ogdenville' END, printf('%05d', i * 131) FROM n;
