CREATE TABLE account_totals (
  account_id bigint unsigned NOT NULL PRIMARY KEY,
  total decimal(12,2) NOT NULL DEFAULT 0,
  deals int NOT NULL DEFAULT 0
);
INSERT INTO account_totals (account_id, total, deals)
SELECT account_id, SUM(amount), COUNT(*) FROM deals WHERE stage = 'won' GROUP BY account_id;
-- upsert with VALUES(): open deals of every tenth id are counted in too
INSERT INTO account_totals (account_id, total, deals)
SELECT account_id, amount, 1 FROM deals WHERE id % 10 = 0 AND stage = 'open' ORDER BY id
ON DUPLICATE KEY UPDATE total = total + VALUES(total), deals = deals + VALUES(deals);
-- the oldest hundred open deals go stale (single-table UPDATE with ORDER BY ... LIMIT)
UPDATE deals SET stage = 'stale' WHERE stage = 'open' ORDER BY id LIMIT 100;
UPDATE accounts a SET score = (SELECT COUNT(*) FROM deals d WHERE d.account_id = a.id AND d.stage = 'stale');
RENAME TABLE deals TO opportunities;
CREATE OR REPLACE VIEW big_deals AS SELECT d.id, a.name, d.amount FROM opportunities d JOIN accounts a ON a.id = d.account_id WHERE d.amount > 500;
