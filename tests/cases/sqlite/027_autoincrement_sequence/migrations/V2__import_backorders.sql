INSERT INTO orders (customer, total_cents) VALUES ('cust-backorder', 1000), ('cust-backorder', 2000), ('cust-backorder', 3000);
CREATE TABLE refunds (id INTEGER PRIMARY KEY AUTOINCREMENT, order_id INTEGER NOT NULL REFERENCES orders(id), cents INTEGER NOT NULL);
INSERT INTO refunds (order_id, cents) SELECT id, total_cents / 2 FROM orders WHERE id % 4 = 0;
