CREATE TABLE audit_log (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  actor VARCHAR(60) NOT NULL,
  action VARCHAR(30) NOT NULL,
  happened_at DATETIME NOT NULL
) ENGINE=InnoDB;
INSERT INTO audit_log (actor, action, happened_at)
WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 120) SELECT CONCAT('user', n % 7), ELT(1 + n % 4, 'login', 'logout', 'update', 'delete'), '2024-03-01 00:00:00' + INTERVAL n HOUR FROM seq;
