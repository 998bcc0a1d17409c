CREATE TABLE app_settings (name VARCHAR(40) NOT NULL PRIMARY KEY, value VARCHAR(80) NOT NULL, changed_at DATETIME NULL);
INSERT INTO app_settings VALUES ('currency', 'EUR', '2024-01-01 00:00:00'), ('locale', 'de_DE', NULL), ('trial_days', '14', NULL);
CREATE TABLE accounts (id INT NOT NULL PRIMARY KEY, plan VARCHAR(20) NOT NULL, seats INT NOT NULL DEFAULT 1);
INSERT INTO accounts VALUES (1, 'free', 1), (2, 'team', 5), (3, 'team', 12);
CREATE TABLE plan_log (id INT NOT NULL AUTO_INCREMENT PRIMARY KEY, account_id INT NOT NULL, note VARCHAR(80) NOT NULL);
INSERT INTO plan_log (account_id, note) VALUES (2, 'upgraded');
