-- A Nextcloud-like instance (table prefix oc_): file cache without foreign keys, compressed rows,
-- utf8mb3 tables, appconfig / preferences keyed by name pairs.
CREATE TABLE `oc_storages` (
  `numeric_id` INT NOT NULL AUTO_INCREMENT,
  `id` VARCHAR(64) COLLATE utf8mb3_bin DEFAULT NULL,
  `available` INT NOT NULL DEFAULT 1,
  PRIMARY KEY (`numeric_id`),
  UNIQUE KEY `storages_id_index` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin ROW_FORMAT=COMPRESSED;

CREATE TABLE `oc_filecache` (
  `fileid` INT NOT NULL AUTO_INCREMENT,
  `storage` INT NOT NULL DEFAULT 0,
  `path` VARCHAR(4000) COLLATE utf8mb3_bin DEFAULT NULL,
  `path_hash` VARCHAR(32) COLLATE utf8mb3_bin NOT NULL DEFAULT '',
  `parent` INT NOT NULL DEFAULT 0,
  `name` VARCHAR(250) COLLATE utf8mb3_bin DEFAULT NULL,
  `mimetype` INT NOT NULL DEFAULT 0,
  `size` BIGINT NOT NULL DEFAULT 0,
  `mtime` INT NOT NULL DEFAULT 0,
  `etag` VARCHAR(40) COLLATE utf8mb3_bin DEFAULT NULL,
  `checksum` VARCHAR(255) COLLATE utf8mb3_bin DEFAULT NULL,
  PRIMARY KEY (`fileid`),
  UNIQUE KEY `fs_storage_path_hash` (`storage`, `path_hash`),
  KEY `fs_parent_name_hash` (`parent`, `name`(64)),
  KEY `fs_mtime` (`mtime`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin ROW_FORMAT=COMPRESSED;

CREATE TABLE `oc_mounts` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `storage_id` INT NOT NULL,
  `root_id` INT NOT NULL,
  `user_id` VARCHAR(64) COLLATE utf8mb3_bin NOT NULL,
  `mount_point` VARCHAR(4000) COLLATE utf8mb3_bin NOT NULL,
  PRIMARY KEY (`id`),
  KEY `mounts_user_index` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `oc_appconfig` (
  `appid` VARCHAR(32) COLLATE utf8mb3_bin NOT NULL DEFAULT '',
  `configkey` VARCHAR(64) COLLATE utf8mb3_bin NOT NULL DEFAULT '',
  `configvalue` LONGTEXT COLLATE utf8mb3_bin,
  PRIMARY KEY (`appid`, `configkey`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

CREATE TABLE `oc_preferences` (
  `userid` VARCHAR(64) COLLATE utf8mb3_bin NOT NULL DEFAULT '',
  `appid` VARCHAR(32) COLLATE utf8mb3_bin NOT NULL DEFAULT '',
  `configkey` VARCHAR(64) COLLATE utf8mb3_bin NOT NULL DEFAULT '',
  `configvalue` LONGTEXT COLLATE utf8mb3_bin,
  PRIMARY KEY (`userid`, `appid`, `configkey`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;

INSERT INTO `oc_storages` (`id`, `available`)
WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 8)
SELECT CONCAT('home::user', n), IF(n = 6, 0, 1) FROM seq ORDER BY n;

INSERT INTO `oc_filecache` (`storage`, `path`, `path_hash`, `parent`, `name`, `mimetype`, `size`, `mtime`, `etag`, `checksum`)
WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 400)
SELECT IF(n % 50 = 0, 99, 1 + n % 8), CONCAT('files/dir', n % 9, '/file', n, IF(n % 11 = 0, '.Jpg', '.txt')),
       MD5(CONCAT('files/dir', n % 9, '/file', n, IF(n % 11 = 0, '.Jpg', '.txt'))),
       IF(n <= 8, -1, 1 + n % 8), CONCAT('file', n, IF(n % 11 = 0, '.Jpg', '.txt')), 3 + n % 5, n * 1024, 1600000000 + n * 60,
       SUBSTRING(SHA2(CONCAT('etag', n), 256), 1, 13), IF(n % 4 = 0, CONCAT('SHA1:', SHA1(CONCAT('c', n))), NULL)
FROM seq ORDER BY n;

INSERT INTO `oc_mounts` (`storage_id`, `root_id`, `user_id`, `mount_point`)
WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 10)
SELECT IF(n > 8, 90 + n, n), n, CONCAT('user', LEAST(n, 8)), CONCAT('/user', n, '/') FROM seq ORDER BY n;

INSERT INTO `oc_appconfig` VALUES
  ('core', 'installedat', '1600000000.1'), ('core', 'vendor', 'nextcloud'), ('files', 'enabled', 'yes'),
  ('core', 'lastcron', '1690000000'), ('theming', 'cachebuster', '12'), ('core', 'oc.integritycheck.checker', '[]');

INSERT INTO `oc_preferences`
WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 24)
SELECT CONCAT('user', 1 + n % 8), ELT(1 + n % 3, 'core', 'files', 'login'), ELT(1 + n % 2, 'lang', 'timezone'), CONCAT('v', n)
FROM seq ON DUPLICATE KEY UPDATE `configvalue` = VALUES(`configvalue`);
