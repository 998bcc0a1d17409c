-- A webmail install created years ago: utf8 (utf8mb3) tables spelled with executable comments,
-- case-insensitive logins, caches without a primary key.
CREATE TABLE `mail_users` (
 `user_id` int(10) UNSIGNED NOT NULL AUTO_INCREMENT,
 `username` varchar(128) NOT NULL,
 `mail_host` varchar(128) NOT NULL,
 `created` datetime NOT NULL DEFAULT '1000-01-01 00:00:00',
 `last_login` datetime DEFAULT NULL,
 `language` varchar(16),
 `preferences` longtext,
 PRIMARY KEY(`user_id`),
 UNIQUE `username` (`username`, `mail_host`)
) /*!40000 ENGINE=INNODB */ /*!40101 CHARACTER SET utf8 COLLATE utf8_general_ci */;

CREATE TABLE `mail_session` (
 `sess_id` varchar(128) NOT NULL,
 `changed` datetime NOT NULL DEFAULT '1000-01-01 00:00:00',
 `ip` varchar(40) NOT NULL,
 `vars` text NOT NULL,
 PRIMARY KEY(`sess_id`),
 INDEX `changed_index` (`changed`)
) /*!40000 ENGINE=INNODB */ /*!40101 CHARACTER SET utf8 COLLATE utf8_general_ci */;

CREATE TABLE `mail_contacts` (
 `contact_id` int(10) UNSIGNED NOT NULL AUTO_INCREMENT,
 `changed` datetime NOT NULL DEFAULT '1000-01-01 00:00:00',
 `del` tinyint(1) NOT NULL DEFAULT '0',
 `name` varchar(128) NOT NULL DEFAULT '',
 `email` text NOT NULL,
 `words` text NULL,
 `user_id` int(10) UNSIGNED NOT NULL,
 PRIMARY KEY(`contact_id`),
 CONSTRAINT `user_id_fk_contacts` FOREIGN KEY (`user_id`)
   REFERENCES `mail_users`(`user_id`) ON DELETE CASCADE ON UPDATE CASCADE,
 INDEX `user_contacts_index` (`user_id`,`del`)
) /*!40000 ENGINE=INNODB */ /*!40101 CHARACTER SET utf8 COLLATE utf8_general_ci */;

CREATE TABLE `mail_identities` (
 `identity_id` int(10) UNSIGNED NOT NULL AUTO_INCREMENT,
 `user_id` int(10) UNSIGNED NOT NULL,
 `standard` tinyint(1) NOT NULL DEFAULT '0',
 `name` varchar(128) NOT NULL,
 `email` varchar(128) NOT NULL,
 `signature` longtext,
 PRIMARY KEY(`identity_id`),
 CONSTRAINT `user_id_fk_identities` FOREIGN KEY (`user_id`)
   REFERENCES `mail_users`(`user_id`) ON DELETE CASCADE ON UPDATE CASCADE,
 INDEX `user_identities_index` (`user_id`, `standard`)
) /*!40000 ENGINE=INNODB */ /*!40101 CHARACTER SET utf8 COLLATE utf8_general_ci */;

CREATE TABLE `mail_dictionary` (
 `user_id` int(10) UNSIGNED DEFAULT NULL,
 `language` varchar(16) NOT NULL,
 `data` longtext NOT NULL,
 CONSTRAINT `user_id_fk_dictionary` FOREIGN KEY (`user_id`)
   REFERENCES `mail_users`(`user_id`) ON DELETE CASCADE ON UPDATE CASCADE,
 UNIQUE `uniqueness` (`user_id`, `language`)
) /*!40000 ENGINE=INNODB */ /*!40101 CHARACTER SET utf8 COLLATE utf8_general_ci */;

CREATE TABLE `mail_cache` (
 `user_id` int(10) UNSIGNED NOT NULL,
 `cache_key` varchar(128) /*!40101 CHARACTER SET ascii COLLATE ascii_general_ci */ NOT NULL,
 `created` datetime NOT NULL DEFAULT '1000-01-01 00:00:00',
 `data` longtext NOT NULL,
 CONSTRAINT `user_id_fk_cache` FOREIGN KEY (`user_id`)
   REFERENCES `mail_users`(`user_id`) ON DELETE CASCADE ON UPDATE CASCADE,
 INDEX `created_index` (`created`),
 INDEX `user_cache_index` (`user_id`,`cache_key`)
) /*!40000 ENGINE=INNODB */ /*!40101 CHARACTER SET utf8 COLLATE utf8_general_ci */;

CREATE TABLE `mail_cache_shared` (
 `cache_key` varchar(255) /*!40101 CHARACTER SET ascii COLLATE ascii_general_ci */ NOT NULL,
 `created` datetime NOT NULL DEFAULT '1000-01-01 00:00:00',
 `data` longtext NOT NULL,
 INDEX `created_index` (`created`),
 INDEX `cache_key_index` (`cache_key`)
) /*!40000 ENGINE=INNODB */ /*!40101 CHARACTER SET utf8 COLLATE utf8_general_ci */;

INSERT INTO `mail_users` (`username`, `mail_host`, `created`, `last_login`, `language`, `preferences`)
WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 60)
SELECT CONCAT(ELT(1 + n % 5, 'anna', 'björn', 'chloé', 'dmitri', 'eve'), n, '@example.org'),
       IF(n % 4 = 0, 'imap.partner.example', 'localhost'),
       TIMESTAMP('2015-03-01 08:00:00') + INTERVAL n DAY,
       IF(n % 3 = 0, NULL, TIMESTAMP('2019-06-01 12:00:00') + INTERVAL n HOUR),
       ELT(1 + n % 3, 'en_US', 'de_DE', 'fr_FR'),
       CONCAT('a:1:{s:8:"timezone";s:', 13 + n % 2, ':"Europe/Berlin";}')
FROM seq;

INSERT INTO `mail_session` (`sess_id`, `changed`, `ip`, `vars`)
WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 45)
SELECT CONCAT('sess', LPAD(n, 6, '0')), TIMESTAMP('2020-01-30 22:00:00') + INTERVAL n * 7 MINUTE,
       CONCAT('10.0.', n % 3, '.', n), CONCAT('language|s:5:"en_US";task|s:4:"mail";n|i:', n, ';')
FROM seq;

INSERT INTO `mail_contacts` (`changed`, `del`, `name`, `email`, `words`, `user_id`)
WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 240)
SELECT TIMESTAMP('2018-01-01 00:00:00') + INTERVAL n HOUR, n % 11 = 0,
       CONCAT('Contact ', n), CONCAT('contact', n, '@customer.example'),
       IF(n % 6 = 0, NULL, CONCAT(' contact ', n, ' customer')), 1 + n % 60
FROM seq;

INSERT INTO `mail_identities` (`user_id`, `standard`, `name`, `email`, `signature`)
SELECT `user_id`, 1, SUBSTRING_INDEX(`username`, '@', 1), `username`,
       IF(`user_id` % 2 = 0, CONCAT('-- \nRegards, ', `user_id`), NULL)
FROM `mail_users` ORDER BY `user_id`;

INSERT INTO `mail_dictionary` (`user_id`, `language`, `data`)
SELECT IF(`user_id` % 10 = 0, NULL, `user_id`), `language`, CONCAT('crm ', `user_id`, ' invoicing')
FROM `mail_users` WHERE `user_id` % 3 <> 1 ORDER BY `user_id`;

INSERT INTO `mail_cache` (`user_id`, `cache_key`, `created`, `data`)
WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 90)
SELECT 1 + n % 60, CONCAT('IMAP.', IF(n % 2 = 0, 'INBOX', 'Sent')), TIMESTAMP('2016-11-01 00:00:00') + INTERVAL n MINUTE,
       REPEAT('x', n) FROM seq;
INSERT INTO `mail_cache` (`user_id`, `cache_key`, `created`, `data`) VALUES
    (5, 'IMAP.INBOX', '2016-11-01 00:00:00', 'duplicate kept in a keyless cache');

INSERT INTO `mail_cache_shared` (`cache_key`, `created`, `data`)
WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 30)
SELECT CONCAT('LDAP.addressbook.', n % 10), TIMESTAMP('2016-10-01 00:00:00') + INTERVAL n HOUR, CONCAT('entry ', n) FROM seq;
