ALTER TABLE orders RENAME COLUMN cust TO customer_id, RENAME COLUMN amt TO amount;
CREATE OR REPLACE VIEW big_orders AS SELECT id, customer_id, amount FROM orders WHERE amount > 100;
