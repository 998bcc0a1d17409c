/* the same name prepared again from another text, a DROP TABLE and a DELETE through EXECUTE */
SET @stmt = 'DELETE FROM notes WHERE member_id = 3';
PREPARE work FROM @stmt;
EXECUTE work;
SET @stmt = 'ALTER TABLE members DROP COLUMN last_ping_at';
PREPARE work FROM @stmt;
EXECUTE work;
DROP PREPARE work;
SET @stmt = (SELECT IF(
    (SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE table_schema = DATABASE() AND table_name = 'notes') > 0,
    'DROP TABLE notes',
    'SELECT 1'));
PREPARE dropTableIfThere FROM @stmt;
EXECUTE dropTableIfThere;
DEALLOCATE PREPARE dropTableIfThere;
