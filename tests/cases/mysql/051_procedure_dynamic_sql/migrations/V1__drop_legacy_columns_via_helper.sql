-- A helper procedure builds the ALTER TABLE from its arguments and runs it as dynamic SQL: the
-- tables it changes are only named in the CALL's string arguments.
DROP PROCEDURE IF EXISTS drop_column_if_present;
DELIMITER $$
CREATE PROCEDURE drop_column_if_present(IN tbl VARCHAR(64), IN col VARCHAR(64))
BEGIN
  IF EXISTS (SELECT 1 FROM information_schema.COLUMNS
             WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = tbl AND COLUMN_NAME = col) THEN
    SET @ddl = CONCAT('ALTER TABLE `', tbl, '` DROP COLUMN `', col, '`');
    PREPARE ddl_stmt FROM @ddl;
    EXECUTE ddl_stmt;
    DEALLOCATE PREPARE ddl_stmt;
  END IF;
END$$
DELIMITER ;
CALL drop_column_if_present('vendors', 'fax');
CALL drop_column_if_present('vendor_contacts', 'pager');
CALL drop_column_if_present('vendors', 'no_such_column');
DROP PROCEDURE drop_column_if_present;
