-- Matomo-like analytics schema before the 4.x core updates (prefix matomo_ already substituted).
CREATE TABLE `matomo_site` (
  `idsite` INT UNSIGNED NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(90) NOT NULL,
  `main_url` VARCHAR(255) NOT NULL,
  `ts_created` TIMESTAMP NULL,
  `ecommerce` TINYINT DEFAULT 0,
  `type` ENUM('website','intranet','mobileapp','legacyapp') NOT NULL DEFAULT 'website',
  `exclude_options` SET('query','cookie','bots') NOT NULL DEFAULT '',
  `deleted` TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`idsite`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `matomo_user` (
  `login` VARCHAR(100) NOT NULL,
  `password` VARCHAR(255) NOT NULL,
  `email` VARCHAR(100) NOT NULL,
  `twofactor_secret` VARCHAR(40) NOT NULL DEFAULT '',
  `superuser_access` TINYINT(2) UNSIGNED NOT NULL DEFAULT 0,
  `date_registered` TIMESTAMP NULL,
  `ts_password_modified` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (`login`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `matomo_option` (
  `option_name` VARCHAR(191) NOT NULL,
  `option_value` LONGTEXT NOT NULL,
  `autoload` TINYINT NOT NULL DEFAULT 1,
  PRIMARY KEY (`option_name`),
  INDEX `autoload` (`autoload`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `matomo_log_visit` (
  `idvisit` BIGINT(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  `idsite` INT(10) UNSIGNED NOT NULL,
  `idvisitor` BINARY(8) NOT NULL,
  `visit_last_action_time` DATETIME NOT NULL,
  `visit_server_date` DATE NOT NULL,
  `visitor_returning` TINYINT(1) NOT NULL,
  `config_os` VARCHAR(10) NOT NULL,
  `config_browser_name` VARCHAR(10) NOT NULL,
  `location_country` CHAR(3) NOT NULL,
  `referer_keyword` VARCHAR(255) NULL,
  PRIMARY KEY (`idvisit`),
  INDEX `index_idsite_config_datetime` (`idsite`, `visit_last_action_time`),
  INDEX `index_idsite_date_config` (`idsite`, `visit_server_date`, `config_os`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `matomo_archive_numeric_2024_01` (
  `idarchive` INT UNSIGNED NOT NULL,
  `name` VARCHAR(190) NOT NULL,
  `idsite` INT UNSIGNED NULL,
  `date1` DATE NULL,
  `date2` DATE NULL,
  `period` TINYINT UNSIGNED NULL,
  `ts_archived` DATETIME NULL,
  `value` DOUBLE NULL,
  PRIMARY KEY (`idarchive`, `name`),
  INDEX `index_idsite_dates_period` (`idsite`, `date1`, `date2`, `period`, `ts_archived`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

INSERT INTO `matomo_site` (`name`, `main_url`, `ts_created`, `ecommerce`, `type`, `exclude_options`, `deleted`)
WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 12)
SELECT CONCAT('Shop ', n), CONCAT('https://shop', n, '.example.org'), TIMESTAMP('2023-01-01 08:00:00') + INTERVAL n DAY,
       n % 2, ELT(1 + n % 4, 'website', 'intranet', 'mobileapp', 'legacyapp'),
       ELT(1 + n % 3, '', 'query', 'query,bots'), IF(n IN (5, 9), 1, 0)
FROM seq ORDER BY n;

INSERT INTO `matomo_user` (`login`, `password`, `email`, `twofactor_secret`, `superuser_access`, `date_registered`, `ts_password_modified`)
WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 20)
SELECT CONCAT('analyst', n), SHA2(CONCAT('pw', n), 256), CONCAT('analyst', n, '@example.org'),
       IF(n % 3 = 0, CONCAT('SECRET', n), ''), IF(n <= 2, 1, 0),
       TIMESTAMP('2022-06-01 09:00:00') + INTERVAL n HOUR, TIMESTAMP('2023-02-01 10:00:00') + INTERVAL n MINUTE
FROM seq;

INSERT INTO `matomo_option` (`option_name`, `option_value`, `autoload`) VALUES
  ('version_core', '3.14.1', 1),
  ('MobileMessaging_DelegatedManagement', 'true', 0),
  ('report_to_invalidate_1_2024-01-03', '1', 0),
  ('report_to_invalidate_3_2024-01-04', '1', 0),
  ('reportToInvalidate_legacy', 'a:0:{}', 0),
  ('piwikUrl', 'https://stats.example.org/', 1),
  ('UpdateCheck_LastTimeChecked', '1704067200', 1);

INSERT INTO `matomo_log_visit` (`idsite`, `idvisitor`, `visit_last_action_time`, `visit_server_date`, `visitor_returning`, `config_os`, `config_browser_name`, `location_country`, `referer_keyword`)
WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 300)
SELECT 1 + n % 12, UNHEX(LPAD(HEX(n * 7919), 16, '0')), TIMESTAMP('2024-01-01 00:00:00') + INTERVAL n * 37 MINUTE,
       DATE(TIMESTAMP('2024-01-01 00:00:00') + INTERVAL n * 37 MINUTE), n % 2,
       ELT(1 + n % 4, 'WIN', 'MAC', 'LIN', 'AND'), ELT(1 + n % 3, 'CH', 'FF', 'SF'), ELT(1 + n % 5, 'de', 'fr', 'us', 'xx', 'nz'),
       IF(n % 6 = 0, NULL, CONCAT('kw ', n % 17))
FROM seq ORDER BY n;

INSERT INTO `matomo_archive_numeric_2024_01` (`idarchive`, `name`, `idsite`, `date1`, `date2`, `period`, `ts_archived`, `value`)
WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 240)
SELECT 1 + (n - 1) DIV 4, ELT(1 + n % 4, 'done', 'nb_visits', 'nb_actions', 'bounce_count'), 1 + ((n - 1) DIV 4) % 12,
       DATE('2024-01-01') + INTERVAL ((n - 1) DIV 48) DAY, DATE('2024-01-01') + INTERVAL ((n - 1) DIV 48) DAY, 1,
       TIMESTAMP('2024-01-02 03:00:00') + INTERVAL n MINUTE, n * 1.5
FROM seq;
