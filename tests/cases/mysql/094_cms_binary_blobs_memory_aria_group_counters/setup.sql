-- A Drupal-7/8-like CMS: serialized PHP values in BLOBs, a MEMORY semaphore table, a cache bin,
-- and an Aria table whose AUTO_INCREMENT counts per group (the second column of the key).
CREATE TABLE `key_value` (
  `collection` varchar(128) NOT NULL DEFAULT '',
  `name` varchar(128) NOT NULL DEFAULT '',
  `value` longblob NOT NULL,
  PRIMARY KEY (`collection`, `name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Generic key-value storage table.';

CREATE TABLE `cache_data` (
  `cid` varchar(255) CHARACTER SET ascii COLLATE ascii_bin NOT NULL DEFAULT '',
  `data` longblob,
  `expire` int NOT NULL DEFAULT 0,
  `created` decimal(14,3) NOT NULL DEFAULT 0.000,
  `serialized` smallint NOT NULL DEFAULT 0,
  `tags` longtext,
  `checksum` varchar(255) CHARACTER SET ascii COLLATE ascii_general_ci NOT NULL,
  PRIMARY KEY (`cid`),
  KEY `expire` (`expire`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `semaphore` (
  `name` varchar(255) CHARACTER SET ascii COLLATE ascii_bin NOT NULL DEFAULT '',
  `value` varchar(255) CHARACTER SET ascii COLLATE ascii_bin NOT NULL DEFAULT '',
  `expire` double NOT NULL,
  PRIMARY KEY (`name`),
  KEY `value` (`value`)
) ENGINE=MEMORY DEFAULT CHARSET=utf8mb4;

CREATE TABLE `watchdog` (
  `type` varchar(64) NOT NULL,
  `wid` int unsigned NOT NULL AUTO_INCREMENT,
  `message` longtext NOT NULL,
  `variables` longblob NOT NULL,
  `severity` tinyint unsigned NOT NULL DEFAULT 0,
  `timestamp` int NOT NULL DEFAULT 0,
  PRIMARY KEY (`type`, `wid`)
) ENGINE=Aria TRANSACTIONAL=1 DEFAULT CHARSET=utf8mb4;

INSERT INTO key_value (collection, name, value)
WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 90)
SELECT ELT(1 + n % 3, 'system.schema', 'state', 'post_update'), CONCAT('module_', n),
       CASE n % 4
         WHEN 0 THEN CAST(CONCAT('i:', 8000 + n, ';') AS BINARY)
         WHEN 1 THEN CAST(CONCAT('s:', LENGTH(CONCAT('v"', n)), ':"v"', n, '";') AS BINARY)
         WHEN 2 THEN CONCAT(X'00FF', UNHEX(LPAD(HEX(n), 4, '0')), X'0A0D5C27')
         ELSE CAST(CONCAT('a:1:{s:4:"path";s:', LENGTH(CONCAT('/node/', n)), ':"/node/', n, '";}') AS BINARY)
       END
FROM seq ORDER BY n;

INSERT INTO cache_data (cid, data, expire, created, serialized, tags, checksum)
WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 150)
SELECT CONCAT('route:[language]=en:/node/', n, ':'), CONCAT(X'1F8B0800', UNHEX(MD5(n))), IF(n % 3 = 0, -1, 1700000000 + n),
       1699990000.125 + n, 1, CONCAT('route node:', n), CAST(n AS CHAR)
FROM seq ORDER BY n;

INSERT INTO semaphore (name, value, expire)
WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 12)
SELECT CONCAT('cron_lock_', n), CONCAT(LPAD(HEX(n * 99991), 12, '0'), '.lock'), 1700000000.5 + n FROM seq;

INSERT INTO watchdog (type, message, variables, severity, timestamp)
WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 160)
SELECT ELT(1 + n % 4, 'php', 'cron', 'user', 'page not found'), CONCAT('Message @n number ', n),
       CAST(CONCAT('a:1:{s:2:"@n";i:', n, ';}') AS BINARY), n % 8, 1700000000 + n * 60
FROM seq ORDER BY n;
