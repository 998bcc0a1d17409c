UPDATE orders o JOIN customers c ON c.id = o.customer_id SET o.discount = 10, c.region = UPPER(c.region) WHERE c.vip = 1;
DELETE o FROM orders o JOIN customers c ON c.id = o.customer_id WHERE c.region = 'apac' AND o.total < 50;
DELETE c, o FROM customers c JOIN orders o ON o.customer_id = c.id WHERE c.id = 7;
