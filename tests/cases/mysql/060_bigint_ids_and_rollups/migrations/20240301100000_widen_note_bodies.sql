-- A helper procedure walks information_schema with a cursor and runs each ALTER as dynamic SQL;
-- the table is named in a string literal, so the tool knows what to keep.
DELIMITER //
CREATE PROCEDURE widen_note_bodies()
BEGIN
  DECLARE done INT DEFAULT 0;
  DECLARE t VARCHAR(64);
  DECLARE cur CURSOR FOR
    SELECT table_name FROM information_schema.tables
    WHERE table_schema = DATABASE() AND table_name IN ('deal_notes') ORDER BY table_name;
  DECLARE CONTINUE HANDLER FOR NOT FOUND SET done = 1;
  OPEN cur;
  read_loop: LOOP
    FETCH cur INTO t;
    IF done THEN LEAVE read_loop; END IF;
    SET @s = CONCAT('ALTER TABLE `', t, '` MODIFY body mediumtext NOT NULL');
    PREPARE stmt FROM @s;
    EXECUTE stmt;
    DEALLOCATE PREPARE stmt;
  END LOOP;
  CLOSE cur;
END //
DELIMITER ;
CALL widen_note_bodies();
DROP PROCEDURE widen_note_bodies;
DELETE FROM accounts WHERE id IN (7, 8, 9);
