/* Updates_4_0_0_rc1-like: a stored generated column, an invisible helper column,
   and the numeric archive table swapped for a rebuilt one. */
ALTER TABLE `matomo_archive_numeric_2024_01`
    ADD COLUMN `ts_day` DATE AS (DATE(`ts_archived`)) STORED,
    ADD INDEX `index_ts_day` (`ts_day`);

CREATE TABLE `matomo_archive_numeric_2024_01_new` LIKE `matomo_archive_numeric_2024_01`;
ALTER TABLE `matomo_archive_numeric_2024_01_new` MODIFY `value` DECIMAL(20,2) NULL;
INSERT INTO `matomo_archive_numeric_2024_01_new` (`idarchive`, `name`, `idsite`, `date1`, `date2`, `period`, `ts_archived`, `value`)
  SELECT `idarchive`, `name`, `idsite`, `date1`, `date2`, `period`, `ts_archived`, `value`
  FROM `matomo_archive_numeric_2024_01` WHERE `name` <> 'bounce_count' ORDER BY `idarchive`, `name`;
RENAME TABLE `matomo_archive_numeric_2024_01` TO `matomo_archive_numeric_2024_01_old`,
             `matomo_archive_numeric_2024_01_new` TO `matomo_archive_numeric_2024_01`;
DROP TABLE `matomo_archive_numeric_2024_01_old`;

ALTER TABLE `matomo_user` ADD COLUMN `idchange_last_viewed` INT UNSIGNED NULL INVISIBLE AFTER `email`;
UPDATE `matomo_user` SET `idchange_last_viewed` = 7, `ts_password_modified` = `ts_password_modified` WHERE `superuser_access` = 1;
