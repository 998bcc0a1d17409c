CREATE TABLE `Order Items` (
  `Item ID` INT PRIMARY KEY,
  `select` VARCHAR(20) NOT NULL,
  `desc-text` VARCHAR(50),
  `weird``name` INT NOT NULL DEFAULT 0
) ENGINE=InnoDB;
INSERT INTO `Order Items` WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 20) SELECT n, CONCAT('pick ', n), IF(n % 2 = 0, 'even', NULL), n FROM seq;
