CREATE PROCEDURE bump(IN which VARCHAR(20))
BEGIN
  UPDATE counters SET value = value + 1 WHERE name = which;
  INSERT IGNORE INTO counters VALUES (which, 1);
END;

CREATE TRIGGER counters_bi BEFORE INSERT ON counters FOR EACH ROW
BEGIN
  IF NEW.value < 0 THEN SET NEW.value = 0; END IF;
END;

CALL bump('a');
CALL bump('c');
