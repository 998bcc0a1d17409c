-- A PrestaShop-like shop (PREFIX_ substituted by ps_) before its 1.7.7 -> 8.0 upgrade scripts.
CREATE TABLE `ps_configuration` (
  `id_configuration` INT(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  `id_shop_group` INT(11) UNSIGNED DEFAULT NULL,
  `id_shop` INT(11) UNSIGNED DEFAULT NULL,
  `name` VARCHAR(254) NOT NULL,
  `value` TEXT,
  `date_add` DATETIME NOT NULL,
  `date_upd` DATETIME NOT NULL,
  PRIMARY KEY (`id_configuration`),
  KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `ps_configuration_lang` (
  `id_configuration` INT(10) UNSIGNED NOT NULL,
  `id_lang` INT(10) UNSIGNED NOT NULL,
  `value` TEXT,
  `date_upd` DATETIME DEFAULT NULL,
  PRIMARY KEY (`id_configuration`, `id_lang`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `ps_orders` (
  `id_order` INT(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  `reference` VARCHAR(9) DEFAULT NULL,
  `invoice_number` INT(10) UNSIGNED DEFAULT NULL,
  `delivery_number` INT(10) UNSIGNED DEFAULT NULL,
  `total_paid` DECIMAL(20,6) NOT NULL DEFAULT '0.000000',
  `date_add` DATETIME NOT NULL,
  PRIMARY KEY (`id_order`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `ps_hook` (
  `id_hook` INT(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(191) NOT NULL,
  `title` VARCHAR(255) NOT NULL,
  `description` TEXT,
  `position` TINYINT(1) NOT NULL DEFAULT '1',
  PRIMARY KEY (`id_hook`),
  UNIQUE KEY `hook_name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `ps_authorization_role` (
  `id_authorization_role` INT(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  `slug` VARCHAR(191) NOT NULL,
  PRIMARY KEY (`id_authorization_role`),
  UNIQUE KEY `slug` (`slug`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `ps_access` (
  `id_profile` INT(10) UNSIGNED NOT NULL,
  `id_authorization_role` INT(10) UNSIGNED NOT NULL,
  PRIMARY KEY (`id_profile`, `id_authorization_role`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE `ps_referrer` (
  `id_referrer` INT(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(64) NOT NULL,
  `http_referer_like` VARCHAR(64) DEFAULT NULL,
  PRIMARY KEY (`id_referrer`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `ps_referrer_cache` (
  `id_connections_source` INT(11) UNSIGNED NOT NULL,
  `id_referrer` INT(11) UNSIGNED NOT NULL,
  PRIMARY KEY (`id_connections_source`, `id_referrer`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `ps_referrer_shop` (
  `id_referrer` INT(10) UNSIGNED NOT NULL AUTO_INCREMENT,
  `id_shop` INT(10) UNSIGNED NOT NULL DEFAULT '1',
  `cache_visitors` INT(11) DEFAULT NULL,
  PRIMARY KEY (`id_referrer`, `id_shop`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

INSERT INTO `ps_configuration` (`name`, `value`, `date_add`, `date_upd`)
WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 60)
SELECT CASE
         WHEN n % 10 = 0 THEN CONCAT('PS_MODULE_', n, '_PREFIX')
         WHEN n % 7 = 0 THEN CONCAT('MODULE_BLOCKREASSURANCE_CUSTOM_ICON_SETTINGS_FOR_HOMEPAGE_AND_PRODUCT_PAGE_', n)
         ELSE CONCAT('PS_SETTING_', n) END,
       IF(n % 10 = 0, CONCAT('PRE', n), CONCAT('value ', n)),
       TIMESTAMP('2020-02-01 10:00:00') + INTERVAL n HOUR, TIMESTAMP('2021-02-01 10:00:00') + INTERVAL n HOUR
FROM seq ORDER BY n;
INSERT INTO `ps_configuration` (`name`, `value`, `date_add`, `date_upd`) VALUES
  ('PS_REFERRERS_CACHE_LIKE', '1', '2019-01-01 00:00:00', '2019-01-01 00:00:00'),
  ('PS_REFERRERS_CACHE_DATE', '2019-12-31', '2019-01-01 00:00:00', '2019-01-01 00:00:00');

INSERT INTO `ps_configuration_lang` (`id_configuration`, `id_lang`, `value`, `date_upd`)
SELECT c.`id_configuration`, l.n, CONCAT(c.`value`, ' (', l.n, ')'), '2021-03-01 00:00:00'
FROM `ps_configuration` c CROSS JOIN (SELECT 1 AS n UNION ALL SELECT 2) l
WHERE c.`id_configuration` % 2 = 0;

INSERT INTO `ps_orders` (`reference`, `invoice_number`, `delivery_number`, `total_paid`, `date_add`)
WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 200)
SELECT UPPER(SUBSTRING(SHA2(CONCAT('ref', n), 256), 1, 9)), IF(n % 4 = 0, NULL, n), IF(n % 3 = 0, NULL, 1000 + n),
       n * 12.345678, TIMESTAMP('2021-05-01 12:00:00') + INTERVAL n * 90 MINUTE
FROM seq ORDER BY n;

INSERT INTO `ps_hook` (`name`, `title`, `description`, `position`) VALUES
  ('displayHeader', 'Pages html head section', NULL, 1),
  ('actionValidateOrderAfter', 'New Order (old title)', 'kept by INSERT IGNORE', 1),
  ('displayFooter', 'Footer', 'This hook displays new blocks in the footer', 1);

INSERT INTO `ps_authorization_role` (`slug`)
WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 12)
SELECT CONCAT(ELT(1 + n % 3, 'ROLE_MOD_TAB_ADMINPARENTMETA_', 'ROLE_MOD_TAB_ADMINORDERS_', 'ROLE_MOD_TAB_ADMINREFERRERS_'),
              ELT(1 + n % 4, 'CREATE', 'READ', 'UPDATE', 'DELETE'), '_', n)
FROM seq ORDER BY n;
INSERT INTO `ps_access` (`id_profile`, `id_authorization_role`)
SELECT p.n, r.`id_authorization_role` FROM `ps_authorization_role` r CROSS JOIN (SELECT 1 AS n UNION ALL SELECT 3 UNION ALL SELECT 4) p;

INSERT INTO `ps_referrer` (`name`, `http_referer_like`) VALUES ('google', '%google%'), ('newsletter', NULL);
INSERT INTO `ps_referrer_cache` VALUES (1, 1), (2, 1), (3, 2);
INSERT INTO `ps_referrer_shop` VALUES (1, 1, 40), (2, 1, NULL);
