UPDATE accounts SET plan = 'pro' WHERE balance > 300 AND plan = 'free';
UPDATE accounts SET id = id + 10000 WHERE id > 290;
DELETE FROM accounts WHERE id = 10300;
INSERT INTO accounts (email, plan, balance) VALUES ('new@example.com', 'free', 0);
