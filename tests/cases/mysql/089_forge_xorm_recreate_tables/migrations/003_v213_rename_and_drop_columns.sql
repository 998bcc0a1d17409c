-- xorm's column rename on MySQL is a CHANGE; a column dropped after its index
ALTER TABLE `repository` CHANGE `is_mirror` `is_fork` TINYINT(1) NOT NULL DEFAULT 0;
DROP INDEX `IDX_repository_lower_name` ON `repository`;
ALTER TABLE `comment` DROP COLUMN `type`;
ALTER TABLE `issue` ADD `pin_order` INT DEFAULT 0, ADD INDEX `IDX_issue_pin_order` (`pin_order`);
UPDATE `issue` SET `pin_order` = `index` WHERE `is_closed` = 0 AND `index` <= 2;
