-- stored addresses are lower-cased now that comparison ignores case anyway
UPDATE accounts SET email = lower(email) WHERE email <> lower(email) COLLATE "C";
DELETE FROM sessions WHERE account_id IN (SELECT id FROM accounts WHERE email = 'USER14@example.com');
