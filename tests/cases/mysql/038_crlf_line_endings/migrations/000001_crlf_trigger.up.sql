-- Windows line endings
ALTER TABLE memos ADD COLUMN words INT NOT NULL DEFAULT 0;
DELIMITER $$
CREATE TRIGGER memos_bu BEFORE UPDATE ON memos FOR EACH ROW
BEGIN
  SET NEW.words = 1 + CHAR_LENGTH(NEW.text) - CHAR_LENGTH(REPLACE(NEW.text, ' ', ''));
END$$
DELIMITER ;
UPDATE memos SET text = 'a multi
line memo; with a semicolon' WHERE id = 2;
