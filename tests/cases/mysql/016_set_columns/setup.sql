CREATE TABLE notification_prefs (
  user_id INT PRIMARY KEY,
  channels SET('email','sms','push') NOT NULL DEFAULT 'email'
) ENGINE=InnoDB;
INSERT INTO notification_prefs WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 30) SELECT n, ELT(1 + n % 4, 'email', 'email,sms', '', 'push,sms') FROM seq;
