-- A commerce backend (saleor-like, Django): order numbers from a sequence the ORM does not own,
-- private metadata in hstore, btree_gin composite search indexes, stock rows kept per warehouse.
CREATE EXTENSION IF NOT EXISTS hstore;
CREATE TABLE order_order (
    id uuid PRIMARY KEY,
    number integer NOT NULL UNIQUE,
    status varchar(32) NOT NULL,
    private_metadata hstore,
    metadata hstore,
    total_net_amount numeric(12, 3) NOT NULL
);
CREATE SEQUENCE order_order_number_seq AS integer START 1;
ALTER TABLE order_order ALTER COLUMN number SET DEFAULT nextval('order_order_number_seq');
ALTER SEQUENCE order_order_number_seq OWNED BY order_order.number;
CREATE TABLE warehouse_stock (
    id serial PRIMARY KEY,
    warehouse_id integer NOT NULL,
    product_variant_id integer NOT NULL,
    quantity integer NOT NULL CHECK (quantity >= 0),
    quantity_allocated integer NOT NULL DEFAULT 0,
    CONSTRAINT warehouse_stock_warehouse_id_product_variant_id_uniq UNIQUE (warehouse_id, product_variant_id)
);
CREATE TABLE warehouse_stock_import (warehouse_id integer, product_variant_id integer, quantity integer);
INSERT INTO order_order (id, status, private_metadata, metadata, total_net_amount)
SELECT ('00000000-0000-4000-a000-' || lpad(to_hex(g), 12, '0'))::uuid, (ARRAY['unfulfilled', 'fulfilled', 'canceled'])[1 + g % 3],
    CASE WHEN g % 4 = 0 THEN NULL ELSE hstore(ARRAY['erp_id', 'ERP-' || g, 'note', 'a;b "c"']) END,
    hstore('source', CASE WHEN g % 2 = 0 THEN 'web' ELSE 'pos' END), (g * 12.5)::numeric(12, 3)
FROM generate_series(1, 150) g ORDER BY g;
INSERT INTO warehouse_stock (warehouse_id, product_variant_id, quantity, quantity_allocated)
SELECT 1 + g % 3, 100 + g / 3, 10 + g % 50, g % 5 FROM generate_series(0, 179) g ORDER BY g;
INSERT INTO warehouse_stock_import SELECT 1 + g % 3, 100 + g / 3 + 40, 20 + g % 7 FROM generate_series(0, 59) g ORDER BY g;
INSERT INTO warehouse_stock_import VALUES (1, 101, 0), (2, 101, 0), (2, 102, 99);
