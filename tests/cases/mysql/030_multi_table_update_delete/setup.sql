CREATE TABLE customers (id INT PRIMARY KEY, vip TINYINT(1) NOT NULL DEFAULT 0, region VARCHAR(10) NOT NULL) ENGINE=InnoDB;
CREATE TABLE orders (id INT PRIMARY KEY, customer_id INT NOT NULL, total INT NOT NULL, discount INT NOT NULL DEFAULT 0) ENGINE=InnoDB;
INSERT INTO customers WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 30) SELECT n, n % 5 = 0, ELT(1 + n % 3, 'eu', 'us', 'apac') FROM seq;
INSERT INTO orders (id, customer_id, total) WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 120) SELECT n, 1 + n % 30, n * 7 % 300 FROM seq;
