-- == 20230101000002 change_table / rename_column / remove_column (Rails' MySQL adapter SQL)
ALTER TABLE `projects` RENAME COLUMN `lft` TO `tree_left`, RENAME COLUMN `rgt` TO `tree_right`;
ALTER TABLE `projects` ADD `inherit_members` tinyint(1) DEFAULT FALSE NOT NULL, ADD `default_version_id` int DEFAULT NULL;
DELETE FROM `custom_values` WHERE `customized_type` = 'Issue' AND `customized_id` NOT IN (SELECT `id` FROM `issues`);
DELETE FROM `custom_values` WHERE `value` = '';
DELETE FROM `journals` WHERE `notes` = '' AND `journalized_type` = 'Issue';
UPDATE `settings` SET `value` = REPLACE(`value`, '- wiki\n', '- wiki\n- gantt\n'), `updated_on` = '2023-06-01 00:00:00' WHERE `name` = 'default_projects_modules';
DELETE FROM `settings` WHERE `name` = 'ui_theme' AND `value` = '';
ALTER TABLE `issues` ALTER COLUMN `done_ratio` SET DEFAULT 0, MODIFY `subject` varchar(255) DEFAULT '' NOT NULL COLLATE utf8mb4_bin;
INSERT INTO `schema_migrations` (`version`) VALUES ('20230101000002');
UPDATE `ar_internal_metadata` SET `value` = 'production', `updated_at` = '2023-06-01 00:00:00.000001' WHERE `key` = 'environment';
