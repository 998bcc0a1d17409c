CREATE TABLE line_items (
  id INT PRIMARY KEY,
  qty INT NOT NULL,
  unit_price DECIMAL(8,2) NOT NULL
) ENGINE=InnoDB;
INSERT INTO line_items WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 40) SELECT n, 1 + n % 6, n * 1.75 FROM seq;
