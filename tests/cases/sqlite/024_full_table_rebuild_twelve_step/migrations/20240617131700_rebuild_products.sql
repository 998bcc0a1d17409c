BEGIN;

DROP VIEW sellable_products;

CREATE TABLE products_new (
    id INTEGER PRIMARY KEY,
    sku TEXT NOT NULL,
    name TEXT NOT NULL,
    price_cents INTEGER NOT NULL DEFAULT 0,
    archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1))
);

INSERT INTO products_new (id, sku, name, price_cents, archived)
SELECT id, coalesce(sku, 'LEGACY-' || id), name, CAST(round(coalesce(price, 0) * 100) AS INTEGER), coalesce(archived, 0)
FROM products;

DROP TABLE products;
ALTER TABLE products_new RENAME TO products;

CREATE UNIQUE INDEX products_sku_uq ON products(sku);
CREATE INDEX products_live_idx ON products(name) WHERE archived = 0;
CREATE TRIGGER products_price_change AFTER UPDATE OF price_cents ON products BEGIN
    INSERT INTO product_changes (product_id, what) VALUES (NEW.id, 'price_cents ' || OLD.price_cents || ' -> ' || NEW.price_cents);
END;
CREATE VIEW sellable_products AS SELECT id, sku, name, price_cents FROM products WHERE archived = 0;

COMMIT;
