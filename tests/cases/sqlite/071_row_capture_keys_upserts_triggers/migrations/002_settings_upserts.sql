INSERT INTO settings (account_id, name, value) SELECT id, 'theme', 'system' FROM accounts WHERE id % 5 = 0
    ON CONFLICT (account_id, name) DO UPDATE SET value = excluded.value;
INSERT INTO settings (account_id, name, value) VALUES (1, 'lang', 'en'), (2, 'lang', 'fr');
DELETE FROM settings WHERE account_id > 250 AND name = 'theme' AND value = 'light';
INSERT OR REPLACE INTO accounts (id, email, plan, balance) VALUES (7, 'a8@example.com', 'team', 1);
