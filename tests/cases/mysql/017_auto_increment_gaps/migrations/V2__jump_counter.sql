ALTER TABLE orders AUTO_INCREMENT = 1000;
INSERT INTO orders (ref) VALUES ('jumped');
