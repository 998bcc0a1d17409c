-- row capture: accounts and ledger (written by the trigger) by triggers, sessions (ON DELETE CASCADE) copied
UPDATE accounts SET balance = balance + 10 WHERE id % 4 = 0;
INSERT INTO accounts (email, balance) VALUES ('a1@x.io', 99), ('new@x.io', 5) ON DUPLICATE KEY UPDATE balance = VALUES(balance);
REPLACE INTO accounts (id, email, balance, status) VALUES (2, 'a2@x.io', 0, 'closed');
DELETE FROM accounts WHERE id IN (3, 6, 7);
UPDATE accounts SET status = 'closed' WHERE balance > 70;
