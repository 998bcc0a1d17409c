CREATE TABLE measurements (
  id INT PRIMARY KEY,
  sensor VARCHAR(10) NOT NULL,
  reading FLOAT,
  counter SMALLINT NOT NULL DEFAULT 0,
  label VARCHAR(100)
) ENGINE=InnoDB;
INSERT INTO measurements WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 80) SELECT n, CONCAT('s', n % 9), n / 4, n * 3, IF(n % 3 = 0, NULL, REPEAT('x', n % 50)) FROM seq;
