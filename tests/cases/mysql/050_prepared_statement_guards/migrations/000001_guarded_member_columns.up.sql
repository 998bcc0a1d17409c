-- Each change guarded by a look at information_schema, run as dynamic SQL (the text only
-- exists in a user variable when the migration runs).
SET @stmt = (SELECT IF(
    (SELECT COUNT(*) FROM INFORMATION_SCHEMA.COLUMNS
     WHERE table_schema = DATABASE() AND table_name = 'members' AND column_name = 'last_seen_at') > 0,
    'ALTER TABLE members DROP COLUMN last_seen_at;',
    'SELECT 1'
));
PREPARE dropIfThere FROM @stmt;
EXECUTE dropIfThere;
DEALLOCATE PREPARE dropIfThere;

SET @stmt = IF(
    (SELECT COUNT(*) FROM INFORMATION_SCHEMA.COLUMNS
     WHERE table_schema = DATABASE() AND table_name = 'members' AND column_name = 'title') > 0,
    'ALTER TABLE members MODIFY title VARCHAR(8)',
    'SELECT 1');
PREPARE narrow FROM @stmt;
EXECUTE narrow;
DEALLOCATE PREPARE narrow;

-- a literal source and a statement prepared once, run twice with parameters
PREPARE setRole FROM 'UPDATE members SET roles = ? WHERE roles = ?';
SET @new_role = 'member', @old_role = '';
EXECUTE setRole USING @new_role, @old_role;
SET @new_role = 'member admin', @old_role = 'admin';
EXECUTE setRole USING @new_role, @old_role;
DEALLOCATE PREPARE setRole;

SET @stmt = (SELECT IF(
    (SELECT COUNT(*) FROM INFORMATION_SCHEMA.STATISTICS
     WHERE table_schema = DATABASE() AND table_name = 'members' AND index_name = 'idx_members_handle') > 0,
    'DROP INDEX idx_members_handle ON members;',
    'SELECT 1'
));
PREPARE dropIndexIfThere FROM @stmt;
EXECUTE dropIndexIfThere;
DEALLOCATE PREPARE dropIndexIfThere;
