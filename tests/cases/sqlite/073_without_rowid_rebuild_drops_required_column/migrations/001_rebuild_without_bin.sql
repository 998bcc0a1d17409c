CREATE TABLE stock_new (
    warehouse  TEXT NOT NULL,
    sku        TEXT NOT NULL,
    qty        INTEGER NOT NULL,
    PRIMARY KEY (warehouse, sku)
) WITHOUT ROWID;
INSERT INTO stock_new (warehouse, sku, qty) SELECT warehouse, sku, qty FROM stock;
DROP TABLE stock;
ALTER TABLE stock_new RENAME TO stock;
