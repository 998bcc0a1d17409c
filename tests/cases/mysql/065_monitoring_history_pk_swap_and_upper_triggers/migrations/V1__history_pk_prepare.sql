RENAME TABLE history TO history_old;
CREATE TABLE `history` (
	`itemid` bigint unsigned NOT NULL,
	`clock` integer DEFAULT '0' NOT NULL,
	`value` DOUBLE PRECISION DEFAULT '0.0000' NOT NULL,
	`ns` integer DEFAULT '0' NOT NULL,
	PRIMARY KEY (itemid,clock,ns)
) ENGINE=InnoDB;

RENAME TABLE history_str TO history_str_old;
CREATE TABLE `history_str` (
	`itemid` bigint unsigned NOT NULL,
	`clock` integer DEFAULT '0' NOT NULL,
	`value` varchar(255) DEFAULT '' NOT NULL,
	`ns` integer DEFAULT '0' NOT NULL,
	PRIMARY KEY (itemid,clock,ns)
) ENGINE=InnoDB;
