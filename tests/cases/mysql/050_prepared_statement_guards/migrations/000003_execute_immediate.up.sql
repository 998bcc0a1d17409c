-- MariaDB's one-step form: EXECUTE IMMEDIATE of a literal and of a variable
EXECUTE IMMEDIATE 'ALTER TABLE members DROP COLUMN title';
SET @cleanup = CONCAT('UPDATE members SET roles = ', QUOTE('guest'), ' WHERE roles = ?');
SET @old_role = 'user';
EXECUTE IMMEDIATE @cleanup USING @old_role;
