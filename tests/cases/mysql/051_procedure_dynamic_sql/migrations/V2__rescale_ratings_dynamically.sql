DROP PROCEDURE IF EXISTS scale_column;
DELIMITER //
CREATE PROCEDURE scale_column(IN tbl VARCHAR(64), IN col VARCHAR(64), IN factor INT)
BEGIN
  SET @dml = CONCAT('UPDATE ', tbl, ' SET ', col, ' = ', col, ' * ', factor, ' WHERE ', col, ' IS NOT NULL');
  PREPARE dml_stmt FROM @dml;
  EXECUTE dml_stmt;
  DEALLOCATE PREPARE dml_stmt;
END //
DELIMITER ;
CALL scale_column('vendors', 'rating', 10);
DROP PROCEDURE scale_column;
