-- A WITHOUT ROWID table with a composite key; the rebuild drops a NOT NULL column without default.
CREATE TABLE stock (
    warehouse  TEXT NOT NULL,
    sku        TEXT NOT NULL,
    qty        INTEGER NOT NULL,
    bin        TEXT NOT NULL,
    memo       BLOB,
    PRIMARY KEY (warehouse, sku)
) WITHOUT ROWID;
CREATE INDEX stock_bin_idx ON stock (bin);
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300)
INSERT INTO stock SELECT 'W' || (i % 4), 'SKU-' || i, i * 3 % 97, 'B' || (i % 11), CASE WHEN i % 5 = 0 THEN x'c0ffee' END FROM n;
