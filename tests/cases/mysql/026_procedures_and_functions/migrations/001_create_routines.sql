DELIMITER //
CREATE FUNCTION with_vat(amount DECIMAL(10,2)) RETURNS DECIMAL(10,2)
  DETERMINISTIC
  COMMENT 'adds 19%; rounded'
BEGIN
  RETURN ROUND(amount * 1.19, 2);
END//

CREATE PROCEDURE archive_closed(IN min_total DECIMAL(10,2))
BEGIN
  INSERT INTO orders_archive SELECT * FROM orders WHERE status = 'closed' AND total >= min_total;
  DELETE FROM orders WHERE status = 'closed' AND total >= min_total;
END//
DELIMITER ;
