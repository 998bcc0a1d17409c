CREATE TABLE profiles (
  id INT PRIMARY KEY,
  settings JSON NOT NULL
) ENGINE=InnoDB;
INSERT INTO profiles WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 40) SELECT n, JSON_OBJECT('theme', ELT(1 + n % 2, 'dark', 'light'), 'lang', ELT(1 + n % 3, 'en', 'de', 'fr'), 'beta', n % 4 = 0) FROM seq;
