-- the old table is renamed aside and kept until a later release drops it
DROP INDEX `UQE_dashboard_account_id_slug`;
DROP INDEX `IDX_dashboard_account_id`;
ALTER TABLE `dashboard` RENAME TO `dashboard_v1`;
CREATE TABLE IF NOT EXISTS `dashboard` (
`id` INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL
, `version` INTEGER NOT NULL
, `slug` TEXT NOT NULL
, `title` TEXT NOT NULL
, `data` TEXT NOT NULL
, `org_id` INTEGER NOT NULL
, `created` DATETIME NOT NULL
, `updated` DATETIME NOT NULL
, `updated_by` INTEGER NULL
, `created_by` INTEGER NULL
, `gnet_id` INTEGER NULL
, `plugin_id` TEXT NULL
);
CREATE INDEX `IDX_dashboard_org_id` ON `dashboard` (`org_id`);
CREATE UNIQUE INDEX `UQE_dashboard_org_id_slug` ON `dashboard` (`org_id`,`slug`);
INSERT INTO `dashboard` (`id`, `version`, `slug`, `title`, `data`, `org_id`, `created`, `updated`)
SELECT `id`, `version`, `slug`, `title`, `data`, `account_id`, `created`, `updated` FROM `dashboard_v1`;
INSERT INTO `migration_log` (`migration_id`, `sql`, `success`, `error`, `timestamp`)
VALUES ('copy dashboard v1 to v2', 'INSERT INTO `dashboard` ... FROM `dashboard_v1`', 1, '', '2023-04-01 10:00:00');
