-- A stored function with side effects: it replaces a setting row and says what it did. The
-- statements that call it name only the function, never the table it writes.
DELIMITER $$
CREATE FUNCTION set_setting(p_name VARCHAR(40), p_value VARCHAR(80)) RETURNS VARCHAR(120)
MODIFIES SQL DATA
BEGIN
  DELETE FROM app_settings WHERE name = p_name;
  INSERT INTO app_settings (name, value, changed_at) VALUES (p_name, p_value, '2024-03-01 09:00:00');
  RETURN CONCAT(p_name, '=', p_value);
END$$
DELIMITER ;
SELECT set_setting('currency', 'USD');
SELECT set_setting('support_email', 'help@example.test');
