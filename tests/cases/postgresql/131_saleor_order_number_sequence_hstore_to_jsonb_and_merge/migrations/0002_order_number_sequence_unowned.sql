BEGIN;
-- the number becomes a plain column; the sequence stays, owned by nobody, and is resynced
ALTER SEQUENCE order_order_number_seq OWNED BY NONE;
ALTER TABLE order_order ALTER COLUMN number DROP DEFAULT;
SELECT setval('order_order_number_seq', (SELECT max(number) + 100 FROM order_order));
ALTER SEQUENCE order_order_number_seq RENAME TO order_number_seq;
INSERT INTO order_order (id, number, status, private_metadata, metadata, total_net_amount)
SELECT ('00000000-0000-4000-b000-' || lpad(to_hex(g), 12, '0'))::uuid, nextval('order_number_seq'), 'draft', '{}', '{"source": "api"}', 0
FROM generate_series(1, 5) g ORDER BY g;
CREATE EXTENSION IF NOT EXISTS btree_gin;
CREATE INDEX order_status_meta_btree_gin ON order_order USING gin (status, metadata);
COMMIT;
