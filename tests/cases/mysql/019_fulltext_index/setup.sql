CREATE TABLE articles (
  id INT PRIMARY KEY,
  title VARCHAR(200) NOT NULL,
  body TEXT NOT NULL
) ENGINE=InnoDB;
INSERT INTO articles WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 30) SELECT n, CONCAT('How to roll back, part ', n), REPEAT(CONCAT('word', n % 5, ' '), 20) FROM seq;
