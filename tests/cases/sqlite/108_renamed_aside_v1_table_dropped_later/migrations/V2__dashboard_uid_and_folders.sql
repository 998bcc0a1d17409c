ALTER TABLE `dashboard` ADD COLUMN `uid` TEXT NULL;
ALTER TABLE `dashboard` ADD COLUMN `folder_id` INTEGER NOT NULL DEFAULT 0;
ALTER TABLE `dashboard` ADD COLUMN `is_folder` INTEGER NOT NULL DEFAULT 0;
UPDATE dashboard SET uid=printf('%09d',id) WHERE uid IS NULL;
CREATE UNIQUE INDEX `UQE_dashboard_org_id_uid` ON `dashboard` (`org_id`,`uid`);
-- one folder per org, the dashboards moved into it
INSERT INTO `dashboard` (`version`, `slug`, `title`, `data`, `org_id`, `created`, `updated`, `uid`, `is_folder`)
SELECT 1, 'general', 'General', '{"title":"General"}', `org_id`, '2023-05-01 00:00:00', '2023-05-01 00:00:00', 'folder-' || `org_id`, 1
FROM `dashboard` GROUP BY `org_id` ORDER BY `org_id`;
UPDATE `dashboard` SET `folder_id` = (SELECT f.`id` FROM `dashboard` f WHERE f.`is_folder` = 1 AND f.`org_id` = `dashboard`.`org_id`)
WHERE `is_folder` = 0;
INSERT INTO `migration_log` (`migration_id`, `sql`, `success`, `error`, `timestamp`)
VALUES ('Add uid column to dashboard', 'alter table `dashboard` ADD COLUMN `uid` TEXT NULL ', 1, '', '2023-05-01 00:00:00');
