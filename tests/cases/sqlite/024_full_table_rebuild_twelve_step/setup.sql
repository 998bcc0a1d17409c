CREATE TABLE products (
    id INTEGER PRIMARY KEY,
    sku TEXT,
    name TEXT NOT NULL,
    price REAL,
    archived INTEGER DEFAULT 0
);
CREATE UNIQUE INDEX products_sku_uq ON products(sku);
CREATE TABLE product_changes (id INTEGER PRIMARY KEY, product_id INTEGER, what TEXT);
CREATE TRIGGER products_price_change AFTER UPDATE OF price ON products BEGIN
    INSERT INTO product_changes (product_id, what) VALUES (NEW.id, 'price ' || OLD.price || ' -> ' || NEW.price);
END;
CREATE VIEW sellable_products AS SELECT id, sku, name, price FROM products WHERE archived = 0;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 55)
INSERT INTO products SELECT i, CASE WHEN i % 13 = 0 THEN NULL ELSE 'SKU-' || printf('%04d', i) END, 'Product ' || i, i * 1.25, i % 9 = 0 FROM n;
