-- Closed accounts: their entries are archived by a procedure with a WHILE loop over ids, run
-- once and dropped; BIT flags compared the way Hibernate writes them.
CREATE TABLE ledger_entry_archive LIKE ledger_entry;
DELIMITER $$
CREATE PROCEDURE archive_closed()
BEGIN
  DECLARE v_id BIGINT DEFAULT (SELECT MIN(id) FROM account WHERE closed = b'1');
  WHILE v_id IS NOT NULL DO
    INSERT INTO ledger_entry_archive SELECT * FROM ledger_entry WHERE account_id = v_id;
    DELETE FROM ledger_entry WHERE account_id = v_id;
    DELETE FROM monthly_balance WHERE account_id = v_id;
    SET v_id = (SELECT MIN(id) FROM account WHERE closed = b'1' AND id > v_id);
  END WHILE;
END$$
DELIMITER ;
CALL archive_closed();
DROP PROCEDURE archive_closed;
UPDATE account SET holder = CONCAT(holder, ' (closed)') WHERE closed = 1;
