-- Option rows are written with REPLACE / ON DUPLICATE KEY UPDATE, as the core updater does.
REPLACE INTO `matomo_option` (`option_name`, `option_value`, `autoload`) VALUES
    ('version_core', '4.0.0-b2', 1),
    ('MobileMessaging_DelegatedManagement', 'false', 0);
INSERT INTO `matomo_option` (`option_name`, `option_value`, `autoload`) VALUES
    ('piwikUrl', 'https://analytics.example.org/', 1),
    ('version_Goals', '4.0.0-b2', 1)
  ON DUPLICATE KEY UPDATE `option_value` = VALUES(`option_value`);
DELETE FROM `matomo_option` WHERE `option_name` LIKE 'report\_to\_invalidate\_%' OR `option_name` = 'reportToInvalidate_legacy';

-- Archives of deleted sites go (multi-table DELETE naming only the archive table).
DELETE `arch` FROM `matomo_archive_numeric_2024_01` AS `arch`
  INNER JOIN `matomo_site` AS `s` ON `s`.`idsite` = `arch`.`idsite`
  WHERE `s`.`deleted` = 1;

-- Two-factor secrets reset: ts_password_modified is ON UPDATE CURRENT_TIMESTAMP, kept explicitly.
UPDATE `matomo_user` SET `twofactor_secret` = '', `ts_password_modified` = `ts_password_modified`
  WHERE `twofactor_secret` <> '' AND `superuser_access` = 0;

-- ENUM narrowed after moving its rows, SET widened and reordered.
UPDATE `matomo_site` SET `type` = 'mobileapp' WHERE `type` = 'legacyapp';
ALTER TABLE `matomo_site`
    MODIFY `type` ENUM('website','mobileapp','intranet') NOT NULL DEFAULT 'website',
    MODIFY `exclude_options` SET('bots','query','cookie','referrer') NOT NULL DEFAULT '';
