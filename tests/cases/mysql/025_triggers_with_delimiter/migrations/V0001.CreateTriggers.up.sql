DELIMITER $$
CREATE TRIGGER accounts_bu BEFORE UPDATE ON accounts FOR EACH ROW
BEGIN
  SET NEW.updates = OLD.updates + 1;
  IF NEW.balance < 0 THEN
    SET NEW.balance = 0; -- never negative; not even here
  END IF;
END$$

CREATE TRIGGER accounts_au AFTER UPDATE ON accounts FOR EACH ROW
BEGIN
  INSERT INTO ledger (account_id, delta, kind)
  VALUES (NEW.id, NEW.balance - OLD.balance,
          CASE WHEN NEW.balance >= OLD.balance THEN 'credit' ELSE 'debit;' END);
END$$
DELIMITER ;
