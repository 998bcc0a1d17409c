-- mysql.utf8mb4 = true: tables converted, the binary collation kept
ALTER TABLE `oc_filecache` CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
ALTER TABLE `oc_preferences` CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
-- a lower-case extension index the new version queries by (a virtual generated column)
ALTER TABLE `oc_filecache`
  ADD COLUMN `name_lower` VARCHAR(250) AS (LOWER(`name`)) VIRTUAL,
  ADD INDEX `fs_name_lower` (`name_lower`(64)),
  DROP INDEX `fs_mtime`,
  DROP COLUMN `checksum`;
UPDATE `oc_filecache` SET `name` = REPLACE(`name`, '.Jpg', '.jpg') WHERE `name` LIKE '%.Jpg';
