-- A Spring Boot billing service on MySQL/MariaDB with Flyway: accounts, ledger entries, monthly
-- balances computed by stored procedures.
CREATE TABLE account (
  id BIGINT NOT NULL AUTO_INCREMENT,
  iban VARCHAR(34) NOT NULL,
  holder VARCHAR(120) NOT NULL,
  closed BIT(1) NOT NULL DEFAULT b'0',
  PRIMARY KEY (id),
  UNIQUE KEY uk_account_iban (iban)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE ledger_entry (
  id BIGINT NOT NULL AUTO_INCREMENT,
  account_id BIGINT NOT NULL,
  booked_on DATE NOT NULL,
  amount DECIMAL(12,2) NOT NULL,
  memo VARCHAR(140) NULL,
  PRIMARY KEY (id),
  KEY fk_entry_account (account_id),
  CONSTRAINT fk_entry_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

INSERT INTO account (iban, holder, closed)
WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 40)
SELECT CONCAT('DE89', LPAD(n * 370400440, 18, '0')), CONCAT('Holder ', n), IF(n % 13 = 0, b'1', b'0') FROM seq ORDER BY n;

INSERT INTO ledger_entry (account_id, booked_on, amount, memo)
WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 300)
SELECT 1 + n % 40, '2024-01-01' + INTERVAL (n % 120) DAY, ROUND(IF(n % 3 = 0, -1, 1) * (n * 7.31), 2),
       IF(n % 8 = 0, CONCAT('SEPA ', n, '; ref "X', n, '"'), NULL)
FROM seq ORDER BY n;
