CREATE TABLE playerbot_account (
  account_id INT UNSIGNED NOT NULL PRIMARY KEY,
  bot_count TINYINT UNSIGNED NOT NULL DEFAULT 0,
  enabled TINYINT(1) NOT NULL DEFAULT 1,
  note VARCHAR(100)
) ENGINE=InnoDB;
INSERT INTO playerbot_account WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 100) SELECT n, n % 10, n % 4 <> 0, IF(n % 5 = 0, NULL, CONCAT('acct ', n)) FROM seq;
