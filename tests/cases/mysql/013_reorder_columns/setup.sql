CREATE TABLE addresses (
  id INT PRIMARY KEY,
  zip VARCHAR(10),
  city VARCHAR(40) NOT NULL,
  street VARCHAR(80) NOT NULL,
  country CHAR(2) NOT NULL DEFAULT 'DE'
) ENGINE=InnoDB;
INSERT INTO addresses WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 40) SELECT n, LPAD(n * 97, 5, '0'), CONCAT('City', n % 8), CONCAT(n, ' Main St'), ELT(1 + n % 3, 'DE', 'FR', 'NL') FROM seq;
