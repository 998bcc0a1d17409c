WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 60)
INSERT INTO ledger (id, account_id, delta_cents, memo)
SELECT i, 1 + (i % 20), (i * 2731) % 60000 - 5000, CASE WHEN i % 5 = 0 THEN NULL ELSE 'opening #' || i END FROM n;
DELETE FROM ledger WHERE id % 11 = 0;
