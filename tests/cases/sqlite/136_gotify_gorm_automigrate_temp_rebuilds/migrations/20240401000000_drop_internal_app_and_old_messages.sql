-- what the ON DELETE CASCADE would do is written out (foreign_keys may be off on the connection)
DELETE FROM `messages` WHERE `application_id` IN (SELECT `id` FROM `applications` WHERE `internal` = 1);
DELETE FROM `applications` WHERE `internal` = 1;
DELETE FROM `messages` WHERE `date` < '2024-01-05';
ALTER TABLE `applications` DROP COLUMN `internal`;
UPDATE `applications` SET `image` = replace(`image`, 'image/', 'static/defaultapp-') WHERE `image` LIKE 'image/%';
