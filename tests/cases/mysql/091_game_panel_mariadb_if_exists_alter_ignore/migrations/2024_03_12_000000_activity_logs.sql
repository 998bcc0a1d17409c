-- audit_logs is replaced by activity_logs (CREATE TABLE ... SELECT); the old table is re-created
-- empty by CREATE OR REPLACE (which drops the table holding its rows) and renamed aside with
-- RENAME TABLE IF EXISTS; an empty node goes, its allocations cascading, reported by RETURNING.
CREATE TABLE IF NOT EXISTS `activity_logs` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `event` varchar(191) NOT NULL,
  `subject_id` int unsigned NOT NULL,
  `properties` json NOT NULL,
  `timestamp` timestamp NOT NULL DEFAULT '2000-01-01 00:00:00',
  PRIMARY KEY (`id`),
  KEY `activity_logs_event_index` (`event`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
SELECT `action` AS `event`, `server_id` AS `subject_id`, `metadata` AS `properties`, `created_at` AS `timestamp`
FROM `audit_logs` WHERE `action` <> 'server:file.write' ORDER BY `id`;
CREATE OR REPLACE TABLE `audit_logs` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `server_id` int unsigned NOT NULL,
  `action` varchar(191) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
RENAME TABLE IF EXISTS `audit_logs` TO `audit_logs_legacy`, `missing_table` TO `missing_table_2`;
DELETE FROM `nodes` WHERE `id` = 7 RETURNING `id`, `name`;
