DELETE FROM orders WHERE id > 45;
INSERT INTO orders (ref) VALUES ('after-1'), ('after-2');
