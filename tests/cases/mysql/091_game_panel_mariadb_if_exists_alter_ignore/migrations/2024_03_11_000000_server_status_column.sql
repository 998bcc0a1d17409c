-- suspended/installed flags become one status column; the flags go with IF EXISTS clauses.
ALTER TABLE `servers` ADD COLUMN IF NOT EXISTS `status` varchar(191) NULL DEFAULT NULL AFTER `name`;
UPDATE `servers` SET `status` = CASE WHEN `suspended` = 1 THEN 'suspended' WHEN `installed` = 0 THEN 'installing' ELSE NULL END;
ALTER TABLE `servers` DROP COLUMN IF EXISTS `suspended`, DROP COLUMN IF EXISTS `installed`, DROP COLUMN IF EXISTS `skip_scripts`;
ALTER TABLE `servers` DROP FOREIGN KEY IF EXISTS `servers_owner_id_foreign`;
ALTER TABLE `servers` ADD CONSTRAINT `servers_owner_id_foreign` FOREIGN KEY IF NOT EXISTS (`owner_id`) REFERENCES `users` (`id`) ON DELETE CASCADE;
DROP INDEX IF EXISTS `servers_node_id_foreign_old` ON `servers`;
CREATE INDEX IF NOT EXISTS `servers_status_index` ON `servers` (`status`);
