DELIMITER $$
CREATE FUNCTION log_plan(p_account INT, p_note VARCHAR(80)) RETURNS INT
MODIFIES SQL DATA
BEGIN
  INSERT INTO plan_log (account_id, note) VALUES (p_account, p_note);
  RETURN p_account;
END$$
DELIMITER ;
-- a function called from SET, then inside an UPDATE of another table
SET @started = set_setting('plan_cleanup', 'started');
UPDATE accounts SET plan = 'business' WHERE seats > 10 AND log_plan(id, 'moved to business') > 0;
DELETE FROM plan_log WHERE note = 'upgraded' AND set_setting('last_cleanup', 'plan_log') IS NOT NULL;
DROP FUNCTION log_plan;
DROP FUNCTION set_setting;
