-- A monitoring server: hosts, items, history tables without a primary key (duplicates happen when
-- a proxy resends data), and trends with FLOAT values.
CREATE TABLE `hosts` (
	`hostid` bigint unsigned NOT NULL,
	`host` varchar(128) DEFAULT '' NOT NULL,
	`name` varchar(128) DEFAULT '' NOT NULL,
	`status` integer DEFAULT '0' NOT NULL,
	PRIMARY KEY (hostid)
) ENGINE=InnoDB;
CREATE INDEX `hosts_2` ON `hosts` (`host`);
INSERT INTO `hosts` (`hostid`, `host`, `name`, `status`)
SELECT 10000 + n, CONCAT('srv-', n), CONCAT(ELT(1 + n % 3, 'Web ', 'Db ', 'Cache '), 'server ', n), n % 2
FROM (WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 60) SELECT n FROM seq) s
ORDER BY n;

CREATE TABLE `items` (
	`itemid` bigint unsigned NOT NULL,
	`hostid` bigint unsigned NOT NULL,
	`name` varchar(255) DEFAULT '' NOT NULL,
	`key_` varchar(2048) DEFAULT '' NOT NULL,
	PRIMARY KEY (itemid)
) ENGINE=InnoDB;
INSERT INTO `items` (`itemid`, `hostid`, `name`, `key_`)
SELECT 20000 + n, 10001 + n % 60, CONCAT(ELT(1 + n % 4, 'CPU load', 'Free memory', 'Disk used', 'Ping'), ' #', n),
       CONCAT(ELT(1 + n % 4, 'system.cpu.load', 'vm.memory.size[free]', 'vfs.fs.size[/,used]', 'icmpping'), '')
FROM (WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 240) SELECT n FROM seq) s
ORDER BY n;

CREATE TABLE `history` (
	`itemid` bigint unsigned NOT NULL,
	`clock` integer DEFAULT '0' NOT NULL,
	`value` double(16,4) DEFAULT '0.0000' NOT NULL,
	`ns` integer DEFAULT '0' NOT NULL
) ENGINE=InnoDB;
CREATE INDEX `history_1` ON `history` (`itemid`, `clock`);
INSERT INTO `history` (`itemid`, `clock`, `value`, `ns`)
SELECT 20001 + n % 240, 1700000000 + (n DIV 240) * 60, (n * 37 % 1000) / 10, 0
FROM (WITH RECURSIVE seq(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM seq WHERE n < 959) SELECT n FROM seq) s
ORDER BY n;
-- a proxy resent one minute of data
INSERT INTO `history` (`itemid`, `clock`, `value`, `ns`)
SELECT `itemid`, `clock`, `value` + 0.5, `ns` FROM `history` WHERE `clock` = 1700000120 ORDER BY `itemid`;

CREATE TABLE `history_str` (
	`itemid` bigint unsigned NOT NULL,
	`clock` integer DEFAULT '0' NOT NULL,
	`value` varchar(255) DEFAULT '' NOT NULL,
	`ns` integer DEFAULT '0' NOT NULL
) ENGINE=InnoDB;
CREATE INDEX `history_str_1` ON `history_str` (`itemid`, `clock`);
INSERT INTO `history_str` (`itemid`, `clock`, `value`, `ns`)
SELECT 20001 + n % 40, 1700000000 + n * 30, CONCAT('state;', ELT(1 + n % 3, 'up', 'down', 'unknown')), n % 2
FROM (WITH RECURSIVE seq(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM seq WHERE n < 199) SELECT n FROM seq) s
ORDER BY n;
INSERT INTO `history_str` SELECT * FROM `history_str` WHERE `clock` < 1700000300 ORDER BY `itemid`, `clock`, `ns`;

CREATE TABLE `trends` (
	`itemid` bigint unsigned NOT NULL,
	`clock` integer DEFAULT '0' NOT NULL,
	`num` integer DEFAULT '0' NOT NULL,
	`value_min` double(16,4) DEFAULT '0.0000' NOT NULL,
	`value_avg` double(16,4) DEFAULT '0.0000' NOT NULL,
	`value_max` double(16,4) DEFAULT '0.0000' NOT NULL,
	PRIMARY KEY (itemid,clock)
) ENGINE=InnoDB;
INSERT INTO `trends` (`itemid`, `clock`, `num`, `value_min`, `value_avg`, `value_max`)
SELECT `itemid`, `clock` - `clock` % 3600, COUNT(*), MIN(`value`), AVG(`value`), MAX(`value`)
FROM `history` GROUP BY `itemid`, `clock` - `clock` % 3600 ORDER BY 1, 2;
