-- Repeatable: re-run whenever its checksum changes; views and a reporting function.
DROP FUNCTION IF EXISTS balance_of;
DELIMITER //
CREATE FUNCTION balance_of(p_account BIGINT) RETURNS DECIMAL(14,2)
READS SQL DATA DETERMINISTIC
BEGIN
  RETURN (SELECT COALESCE(SUM(amount), 0) FROM ledger_entry WHERE account_id = p_account);
END //
DELIMITER ;
CREATE OR REPLACE VIEW v_account_balance AS
  SELECT a.id, a.iban, a.holder, balance_of(a.id) AS balance FROM account a WHERE a.closed = b'0';
CREATE OR REPLACE VIEW v_monthly AS
  SELECT month, SUM(balance) AS total, SUM(entries) AS entries FROM monthly_balance GROUP BY month;
