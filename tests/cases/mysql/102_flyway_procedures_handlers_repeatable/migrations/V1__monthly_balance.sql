-- Monthly balances and the procedure that fills them: a cursor loop with a CONTINUE HANDLER, a
-- labelled LEAVE, REPEAT ... UNTIL, and a SIGNAL guarding bad input.
CREATE TABLE monthly_balance (
  account_id BIGINT NOT NULL,
  month CHAR(7) NOT NULL,
  balance DECIMAL(14,2) NOT NULL,
  entries INT NOT NULL,
  PRIMARY KEY (account_id, month)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

DELIMITER //
CREATE PROCEDURE compute_balances(IN p_month CHAR(7))
BEGIN
  DECLARE done INT DEFAULT 0;
  DECLARE v_account BIGINT;
  DECLARE v_sum DECIMAL(14,2);
  DECLARE v_count INT;
  DECLARE cur CURSOR FOR
    SELECT account_id, SUM(amount), COUNT(*) FROM ledger_entry
    WHERE DATE_FORMAT(booked_on, '%Y-%m') = p_month GROUP BY account_id ORDER BY account_id;
  DECLARE CONTINUE HANDLER FOR NOT FOUND SET done = 1;
  IF p_month NOT REGEXP '^[0-9]{4}-[0-9]{2}$' THEN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'month must look like 2024-01; got something else';
  END IF;
  OPEN cur;
  read_loop: LOOP
    FETCH cur INTO v_account, v_sum, v_count;
    IF done = 1 THEN
      LEAVE read_loop;
    END IF;
    INSERT INTO monthly_balance (account_id, month, balance, entries) VALUES (v_account, p_month, v_sum, v_count)
      ON DUPLICATE KEY UPDATE balance = v_sum, entries = v_count;
  END LOOP read_loop;
  CLOSE cur;
END //

CREATE PROCEDURE compute_all_balances()
BEGIN
  DECLARE m INT DEFAULT 1;
  REPEAT
    CALL compute_balances(CONCAT('2024-', LPAD(m, 2, '0')));
    SET m = m + 1;
  UNTIL m > 4 END REPEAT;
END //
DELIMITER ;

CALL compute_all_balances();
