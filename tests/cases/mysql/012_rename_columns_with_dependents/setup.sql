CREATE TABLE orders (
  id INT PRIMARY KEY,
  cust INT NOT NULL,
  amt DECIMAL(10,2) NOT NULL,
  amt_with_tax DECIMAL(10,2) AS (amt * 1.2) STORED,
  KEY orders_cust (cust),
  CONSTRAINT orders_amt_positive CHECK (amt >= 0)
) ENGINE=InnoDB;
CREATE VIEW big_orders AS SELECT id, cust, amt FROM orders WHERE amt > 100;
INSERT INTO orders (id, cust, amt) WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 70) SELECT n, n % 12, n * 4.5 FROM seq;
