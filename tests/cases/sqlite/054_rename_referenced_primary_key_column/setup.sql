CREATE TABLE warehouses (code TEXT PRIMARY KEY, city TEXT NOT NULL);
CREATE TABLE stock (
    id INTEGER PRIMARY KEY,
    warehouse_code TEXT NOT NULL REFERENCES warehouses(code) ON DELETE CASCADE,
    sku TEXT NOT NULL,
    qty INTEGER NOT NULL
);
INSERT INTO warehouses VALUES ('BER', 'Berlin'), ('LYS', 'Lyon'), ('AUS', 'Austin');
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 45)
INSERT INTO stock SELECT i, CASE i % 3 WHEN 0 THEN 'BER' WHEN 1 THEN 'LYS' ELSE 'AUS' END, 'SKU' || (i % 15), i * 3 FROM n;
