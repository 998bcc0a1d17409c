CREATE TABLE subscriptions (
  id INT PRIMARY KEY,
  seats INT NOT NULL,
  starts_on DATE NOT NULL,
  ends_on DATE,
  CONSTRAINT subscriptions_seats_positive CHECK (seats > 0)
) ENGINE=InnoDB;
INSERT INTO subscriptions WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 50) SELECT n, 1 + n % 20, '2024-01-01' + INTERVAL n DAY, IF(n % 4 = 0, NULL, '2024-01-01' + INTERVAL (n + n % 9 - 4) DAY) FROM seq;
