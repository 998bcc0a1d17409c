CREATE TABLE newsletter (
  id INT PRIMARY KEY,
  email VARCHAR(120) NOT NULL,
  joined DATE NOT NULL
) ENGINE=InnoDB;
INSERT INTO newsletter WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 90) SELECT n, CONCAT('reader', n % 60, '@example.org'), '2023-01-01' + INTERVAL n DAY FROM seq;
