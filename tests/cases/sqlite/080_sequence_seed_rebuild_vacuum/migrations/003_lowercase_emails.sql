-- fires the trigger: touched goes up on the rows it changes
UPDATE accounts SET email = lower(email) WHERE id % 3 = 0;
DELETE FROM accounts WHERE id > 1055;
INSERT INTO accounts (email, tier) VALUES ('late@example.org', 'PRO');
