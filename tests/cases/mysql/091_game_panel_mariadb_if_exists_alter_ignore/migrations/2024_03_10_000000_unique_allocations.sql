-- Duplicate allocations go away with the unique key itself: ALTER IGNORE keeps the first row of
-- each ip:port:node and silently deletes the others (MariaDB still has IGNORE here).
ALTER IGNORE TABLE `allocations` ADD UNIQUE KEY `allocations_node_id_ip_port_unique` (`node_id`, `ip`, `port`);
ALTER TABLE `allocations` ADD COLUMN IF NOT EXISTS `ip_alias` varchar(191) NULL AFTER `ip`,
  ADD COLUMN IF NOT EXISTS `notes` varchar(191) NULL,
  DROP COLUMN IF EXISTS `assigned_at`;
UPDATE `allocations` SET `ip_alias` = CONCAT('node', `node_id`, '.lan') WHERE `port` = 25565;
