DROP TABLE IF EXISTS `dashboard_v1`;
DELETE FROM `dashboard_tag` WHERE `dashboard_id` NOT IN (SELECT `id` FROM `dashboard`);
UPDATE `dashboard` SET `data` = json_set(`data`, '$.uid', `uid`, '$.version', `version` + 1), `version` = `version` + 1 WHERE `is_folder` = 0;
INSERT INTO `migration_log` (`migration_id`, `sql`, `success`, `error`, `timestamp`)
VALUES ('drop table dashboard_v1', 'DROP TABLE IF EXISTS `dashboard_v1`', 1, '', '2023-06-01 00:00:00');
