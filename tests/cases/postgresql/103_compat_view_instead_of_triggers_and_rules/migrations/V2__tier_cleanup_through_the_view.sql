-- data fixes written against the old name: they go through the view's triggers
UPDATE customers SET tier = 'platinum' WHERE tier = 'gold' AND id > 20;
DELETE FROM customers WHERE id IN (3, 5, 7);
INSERT INTO customers (id, name, tier) VALUES (41, 'Customer 41', 'gold');

-- the rule turns these deletes into updates
DELETE FROM notes WHERE customer_id IN (3, 5, 7);
DELETE FROM notes WHERE id > 75;
