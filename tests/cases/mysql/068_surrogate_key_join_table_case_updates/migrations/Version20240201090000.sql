-- Case-only renames under a case-insensitive collation: keys equal by collation change their text.
UPDATE crm_settings SET `name` = LOWER(`name`);
UPDATE crm_settings SET `value` = '15' WHERE `name` = 'timesheet.increment' AND `value` = '0';
UPDATE crm_roles SET `name` = UPPER(`name`);
DELETE r1 FROM crm_roles r1 JOIN crm_roles r2 ON r1.user_id = r2.user_id AND r1.name = r2.name AND r1.id > r2.id;
