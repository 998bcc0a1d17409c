CREATE TABLE page_hits (
  path VARCHAR(60) NOT NULL,
  hit_on DATE NOT NULL,
  n INT NOT NULL
) ENGINE=InnoDB;
INSERT INTO page_hits WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 60) SELECT CONCAT('/p/', n % 8), '2024-07-01' + INTERVAL (n % 3) DAY, n % 4 FROM seq;
INSERT INTO page_hits VALUES ('/p/1', '2024-07-01', 0), ('/p/1', '2024-07-01', 0);
