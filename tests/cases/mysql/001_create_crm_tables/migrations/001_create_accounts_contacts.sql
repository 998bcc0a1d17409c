-- ============================================================
-- CRM core: accounts and their contacts (MySQL 8 / MariaDB 10.11)
-- ============================================================
CREATE TABLE accounts (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name VARCHAR(120) NOT NULL,
  tier ENUM('free','pro','enterprise') NOT NULL DEFAULT 'free',
  created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE contacts (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  account_id INT UNSIGNED NOT NULL,
  email VARCHAR(190) NOT NULL,
  full_name VARCHAR(120),
  CONSTRAINT contacts_account_fk FOREIGN KEY (account_id) REFERENCES accounts (id) ON DELETE CASCADE,
  UNIQUE KEY contacts_email (email)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

INSERT INTO accounts (name, tier, created_at)
WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 40) SELECT CONCAT('Account ', n), ELT(1 + n % 3, 'free', 'pro', 'enterprise'), '2024-01-01 09:00:00' + INTERVAL n DAY FROM seq;

INSERT INTO contacts (account_id, email, full_name)
WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 120) SELECT 1 + (n % 40), CONCAT('person', n, '@example.com'), CONCAT('Person ', n) FROM seq;
