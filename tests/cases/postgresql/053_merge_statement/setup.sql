CREATE TABLE products (sku text PRIMARY KEY, name text NOT NULL, price numeric(10,2) NOT NULL, active boolean NOT NULL DEFAULT true);
INSERT INTO products SELECT 'SKU-' || i, 'Product ' || i, i * 2.5, true FROM generate_series(1, 40) i;
CREATE TABLE price_feed (sku text PRIMARY KEY, price numeric(10,2), discontinued boolean NOT NULL DEFAULT false);
INSERT INTO price_feed SELECT 'SKU-' || i, i * 2.75, i % 10 = 0 FROM generate_series(20, 55) i;
