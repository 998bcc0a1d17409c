-- gorm AutoMigrate: new fields are added column by column
ALTER TABLE `applications` ADD `default_priority` integer DEFAULT 0;
ALTER TABLE `clients` ADD `last_used` datetime;
ALTER TABLE `applications` ADD `last_used` datetime;
UPDATE `applications` SET `last_used` = (SELECT max(`date`) FROM `messages` WHERE `messages`.`application_id` = `applications`.`id`);
UPDATE `messages` SET `priority` = (SELECT `default_priority` FROM `applications` WHERE `applications`.`id` = `messages`.`application_id`) WHERE `priority` IS NULL;
