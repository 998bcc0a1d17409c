-- A threat-intelligence sharing platform whose application holds its schema updates as SQL strings,
-- one batch per db_version: utf8 tables with utf8_bin columns, reserved-word column names, a
-- sessions table, and a feeds table that an earlier, half-applied update already created.
CREATE TABLE `admin_settings` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `setting` varchar(255) COLLATE utf8_bin NOT NULL,
  `value` text COLLATE utf8_bin NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;
INSERT INTO `admin_settings` (`setting`, `value`) VALUES ('db_version', '48'), ('fix_login', '2019-07-01 10:00:00');

CREATE TABLE `logs` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `title` varchar(255) COLLATE utf8_bin DEFAULT NULL,
  `created` datetime NOT NULL,
  `model` varchar(80) COLLATE utf8_bin NOT NULL,
  `action` varchar(20) COLLATE utf8_bin NOT NULL,
  `change` varchar(255) COLLATE utf8_bin DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_bin;
INSERT INTO `logs` (`title`, `created`, `model`, `action`, `change`)
SELECT CONCAT('Event (', n, '): ', ELT(1 + n % 3, 'published', 'edited', 'deleted')), DATE_ADD('2019-01-01 00:00:00', INTERVAL n * 11 MINUTE),
       ELT(1 + n % 4, 'Event', 'Attribute', 'User', 'Server'), ELT(1 + n % 3, 'publish', 'edit', 'delete'),
       IF(n % 5 = 0, NULL, CONCAT('info (', n, ') => (', n + 1, ')'))
FROM (WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 600) SELECT n FROM seq) s
ORDER BY n;

CREATE TABLE `users` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `email` varchar(255) COLLATE utf8_bin NOT NULL,
  `server_id` int(11) NOT NULL,
  `autoalert` tinyint(1) NOT NULL,
  `newsread` date DEFAULT NULL,
  `gpgkey` text COLLATE utf8_bin,
  `authkey` varchar(40) COLLATE utf8_bin DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;
INSERT INTO `users` (`email`, `server_id`, `autoalert`, `newsread`, `gpgkey`, `authkey`)
SELECT CONCAT('analyst', n, '@example.org'), n % 3, n % 2, IF(n % 4 = 0, NULL, DATE_ADD('2018-01-01', INTERVAL n DAY)),
       IF(n % 3 = 0, NULL, CONCAT('-----BEGIN PGP PUBLIC KEY BLOCK-----\n', n)), SHA1(CONCAT('k', n))
FROM (WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 80) SELECT n FROM seq) s
ORDER BY n;

CREATE TABLE `servers` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `url` varchar(255) NOT NULL,
  `lastfetchedid` int(11) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;
INSERT INTO `servers` (`name`, `url`, `lastfetchedid`) VALUES
  ('CIRCL', 'https://misp.example.lu/', 1200), ('Partner A', 'https://a.example.com//', 88),
  ('Partner B', 'https://b.example.com', 0), ('Sandbox', 'http://10.0.0.5/sync/', 3);

CREATE TABLE `tasks` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `type` varchar(100) NOT NULL,
  `job_id` int(11) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;
INSERT INTO `tasks` (`type`, `job_id`) VALUES ('cache_exports', 17), ('pull_all', 0), ('push_all', 23);

CREATE TABLE `cake_sessions` (
  `id` varchar(255) NOT NULL DEFAULT '',
  `data` text,
  `expires` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;
INSERT INTO `cake_sessions` (`id`, `data`, `expires`)
SELECT MD5(CONCAT('s', n)), CONCAT('Config|a:1:{s:4:"time";i:', n, ';}'), 1600000000 + n * 100
FROM (WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 150) SELECT n FROM seq) s
ORDER BY n;

CREATE TABLE IF NOT EXISTS `feeds` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) COLLATE utf8_bin NOT NULL,
  `provider` varchar(255) COLLATE utf8_bin NOT NULL,
  `url` varchar(255) COLLATE utf8_bin NOT NULL,
  `enabled` BOOLEAN NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;
INSERT INTO `feeds` (`name`, `provider`, `url`, `enabled`) VALUES ('OSINT Feed', 'CIRCL', 'https://www.example.lu/feed-osint', 0);
