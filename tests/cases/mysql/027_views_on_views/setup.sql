CREATE TABLE sales (id INT PRIMARY KEY, region VARCHAR(10) NOT NULL, amount INT NOT NULL, sold_on DATE NOT NULL) ENGINE=InnoDB;
INSERT INTO sales WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 100) SELECT n, ELT(1 + n % 4, 'north', 'south', 'east', 'west'), n * 13 % 500, '2024-01-01' + INTERVAL (n % 60) DAY FROM seq;
CREATE VIEW sales_2024 AS SELECT id, region, amount FROM sales WHERE sold_on >= '2024-01-01';
