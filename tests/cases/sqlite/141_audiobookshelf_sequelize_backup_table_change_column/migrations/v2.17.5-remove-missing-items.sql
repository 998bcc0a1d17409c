-- Missing items go with their books and progress; JSON arrays of genres are de-duplicated and
-- a title column is derived with json functions.
DELETE FROM `mediaProgresses` WHERE `mediaItemId` IN (SELECT `mediaId` FROM `libraryItems` WHERE `isMissing` = 1);
DELETE FROM `books` WHERE `id` IN (SELECT `mediaId` FROM `libraryItems` WHERE `isMissing` = 1);
DELETE FROM `libraryItems` WHERE `isMissing` = 1;
UPDATE `books` SET `genres` = (SELECT json_group_array(value) FROM (SELECT DISTINCT value FROM json_each(`books`.`genres`) ORDER BY value));
ALTER TABLE `libraryItems` ADD COLUMN `title` VARCHAR(255);
UPDATE `libraryItems` SET `title` = b.`title`, `size` = `size` + json_array_length(`libraryFiles`) FROM `books` AS b WHERE b.`id` = `libraryItems`.`mediaId`;
UPDATE `libraries` SET `settings` = json_set(`settings`, '$.audiobooksOnly', json('true')) WHERE `mediaType` = 'book';
INSERT INTO `SequelizeMeta` (`name`) VALUES ('v2.17.5-remove-missing-items.js');
