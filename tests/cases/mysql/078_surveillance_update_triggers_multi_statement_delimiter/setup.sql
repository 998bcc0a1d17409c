-- A video-surveillance server: events per monitor, per-day event rows, summary counters kept on
-- the monitors.
CREATE TABLE `Storage` (
  `Id` smallint(5) unsigned NOT NULL AUTO_INCREMENT,
  `Name` varchar(64) NOT NULL DEFAULT '',
  `DiskSpace` bigint DEFAULT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB;

CREATE TABLE `Monitors` (
  `Id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `Name` varchar(64) NOT NULL DEFAULT '',
  `Refresh` int(10) unsigned DEFAULT NULL,
  `DayEvents` int(10) DEFAULT NULL,
  `DayEventDiskSpace` bigint DEFAULT NULL,
  PRIMARY KEY (`Id`)
) ENGINE=InnoDB;

CREATE TABLE `Events` (
  `Id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `MonitorId` int(10) unsigned NOT NULL DEFAULT '0',
  `StorageId` smallint(5) unsigned DEFAULT '0',
  `Name` varchar(64) NOT NULL DEFAULT '',
  `StartTime` datetime DEFAULT NULL,
  `DiskSpace` bigint unsigned DEFAULT NULL,
  `Archived` tinyint(3) unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (`Id`),
  KEY `Events_MonitorId_idx` (`MonitorId`),
  KEY `Events_StartTime_idx` (`StartTime`)
) ENGINE=InnoDB;

CREATE TABLE `Events_Day` (
  `EventId` bigint unsigned NOT NULL,
  `MonitorId` int(10) unsigned NOT NULL,
  `StartTime` datetime DEFAULT NULL,
  `DiskSpace` bigint DEFAULT NULL,
  PRIMARY KEY (`EventId`),
  KEY `Events_Day_MonitorId_idx` (`MonitorId`)
) ENGINE=InnoDB;

INSERT INTO `Storage` VALUES (1, 'Default', 0), (2, 'NAS', 0);
INSERT INTO `Monitors` (`Id`, `Name`, `Refresh`, `DayEvents`, `DayEventDiskSpace`) VALUES
  (1, 'Front door', 60, NULL, NULL), (2, 'Parking', 60, NULL, NULL), (3, 'Warehouse', NULL, NULL, NULL);

INSERT INTO `Events` (`MonitorId`, `StorageId`, `Name`, `StartTime`, `DiskSpace`, `Archived`)
WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 150)
SELECT 1 + n % 3, 1 + n % 2, CONCAT('Event-', n), TIMESTAMP('2018-01-10 00:00:00') + INTERVAL n * 37 MINUTE,
       IF(n % 10 = 0, NULL, n * 1024), IF(n % 13 = 0, 1, 0)
FROM seq ORDER BY n;

INSERT INTO `Events_Day` (`EventId`, `MonitorId`, `StartTime`, `DiskSpace`)
SELECT `Id`, `MonitorId`, `StartTime`, COALESCE(`DiskSpace`, 0) FROM `Events` WHERE `StartTime` >= '2018-01-12 00:00:00' ORDER BY `Id`;
UPDATE `Storage` s SET `DiskSpace` = (SELECT COALESCE(SUM(`DiskSpace`), 0) FROM `Events` e WHERE e.`StorageId` = s.`Id`);
