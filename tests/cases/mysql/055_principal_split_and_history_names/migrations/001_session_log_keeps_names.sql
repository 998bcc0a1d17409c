-- The log outlives accounts and desks: nullable references, copied names, SET NULL instead of CASCADE.
ALTER TABLE session_log MODIFY COLUMN account_id INT(11) DEFAULT NULL;
ALTER TABLE session_log MODIFY COLUMN desk_id INT(11) DEFAULT NULL;
ALTER TABLE session_log ADD COLUMN login VARCHAR(64);
ALTER TABLE session_log ADD COLUMN desk_label VARCHAR(64);

UPDATE session_log
JOIN accounts ON accounts.id = session_log.account_id
SET session_log.login = accounts.login;

UPDATE session_log
JOIN desks ON desks.id = session_log.desk_id
SET session_log.desk_label = desks.label;

ALTER TABLE session_log MODIFY login VARCHAR(64) NOT NULL;
ALTER TABLE session_log MODIFY desk_label VARCHAR(64) NOT NULL;
ALTER TABLE session_log DROP FOREIGN KEY session_log_account;
ALTER TABLE session_log DROP FOREIGN KEY session_log_desk;
ALTER TABLE session_log ADD CONSTRAINT session_log_account
  FOREIGN KEY (account_id) REFERENCES accounts (id) ON DELETE SET NULL;
ALTER TABLE session_log ADD CONSTRAINT session_log_desk
  FOREIGN KEY (desk_id) REFERENCES desks (id) ON DELETE SET NULL;
