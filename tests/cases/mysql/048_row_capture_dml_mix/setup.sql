CREATE TABLE accounts (
  id INT AUTO_INCREMENT PRIMARY KEY,
  email VARCHAR(80) NOT NULL UNIQUE,
  balance DECIMAL(10,2) NOT NULL DEFAULT 0,
  status ENUM('active','closed') NOT NULL DEFAULT 'active',
  seen TIMESTAMP NULL
) ENGINE=InnoDB;
CREATE TABLE sessions (
  id INT PRIMARY KEY,
  account_id INT NOT NULL,
  FOREIGN KEY (account_id) REFERENCES accounts(id) ON DELETE CASCADE
) ENGINE=InnoDB;
CREATE TABLE ledger (
  id INT AUTO_INCREMENT PRIMARY KEY,
  account_id INT NOT NULL,
  delta DECIMAL(10,2) NOT NULL
) ENGINE=InnoDB;
CREATE TRIGGER accounts_ledger AFTER UPDATE ON accounts FOR EACH ROW
  INSERT INTO ledger (account_id, delta) VALUES (NEW.id, NEW.balance - OLD.balance);
INSERT INTO accounts (email, balance, seen) WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 60)
  SELECT CONCAT('a', n, '@x.io'), n * 1.25, '2024-05-01 12:00:00' + INTERVAL n HOUR FROM seq;
INSERT INTO sessions SELECT id * 10, id FROM accounts WHERE id % 3 = 0;
