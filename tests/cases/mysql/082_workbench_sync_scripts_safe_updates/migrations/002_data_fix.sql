-- data fix run from a Workbench tab: safe updates off for the key-less WHERE clauses, back on at the end
SET SQL_SAFE_UPDATES = 0;

UPDATE orders SET status = 'shipped' WHERE placed < '2019-05-20';
UPDATE customers SET tier = 'gold' WHERE email LIKE '%0@desk.example';
DELETE FROM orders WHERE customer_id IS NULL;

SET SQL_SAFE_UPDATES = 1;
