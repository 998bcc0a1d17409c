-- A hosting panel's billing corner: int unsigned keys with named foreign keys (ORM style), a view
-- over the deals.
CREATE TABLE accounts (
  id int unsigned NOT NULL AUTO_INCREMENT,
  name varchar(80) NOT NULL,
  score int NOT NULL DEFAULT 0,
  PRIMARY KEY (id)
) ENGINE=InnoDB;
CREATE TABLE deals (
  id int unsigned NOT NULL AUTO_INCREMENT,
  account_id int unsigned NOT NULL,
  amount decimal(10,2) NOT NULL,
  stage varchar(20) NOT NULL DEFAULT 'open',
  PRIMARY KEY (id),
  KEY deals_account_id_foreign (account_id),
  CONSTRAINT deals_account_id_foreign FOREIGN KEY (account_id) REFERENCES accounts (id) ON DELETE CASCADE
) ENGINE=InnoDB;
CREATE TABLE deal_notes (
  id int unsigned NOT NULL AUTO_INCREMENT,
  deal_id int unsigned NOT NULL,
  body text NOT NULL,
  PRIMARY KEY (id),
  KEY deal_notes_deal_id_foreign (deal_id),
  CONSTRAINT deal_notes_deal_id_foreign FOREIGN KEY (deal_id) REFERENCES deals (id) ON DELETE CASCADE
) ENGINE=InnoDB;
CREATE VIEW big_deals AS SELECT d.id, a.name, d.amount FROM deals d JOIN accounts a ON a.id = d.account_id WHERE d.amount > 500;
INSERT INTO accounts (name)
SELECT CONCAT('Account ', n) FROM (WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 120) SELECT n FROM seq) s ORDER BY n;
INSERT INTO deals (account_id, amount, stage)
SELECT 1 + n % 120, n * 1.5, IF(n % 4 = 0, 'won', 'open')
FROM (WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 480) SELECT n FROM seq) s ORDER BY n;
INSERT INTO deal_notes (deal_id, body)
SELECT 1 + n % 480, CONCAT('note ', n) FROM (WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 300) SELECT n FROM seq) s ORDER BY n;
