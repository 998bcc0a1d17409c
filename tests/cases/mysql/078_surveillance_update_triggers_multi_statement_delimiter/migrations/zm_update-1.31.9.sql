--
-- Add TotalEvents and ArchivedEvents counters to Monitors
--

SET @s = (SELECT IF(
  (SELECT COUNT(*) FROM INFORMATION_SCHEMA.COLUMNS WHERE table_name = 'Monitors'
     AND table_schema = DATABASE()
     AND column_name = 'TotalEvents'
  ) > 0,
  "SELECT 'Column TotalEvents already exists in Monitors'",
  "ALTER TABLE `Monitors` ADD `TotalEvents` INT(10) AFTER `Refresh`"
));

PREPARE stmt FROM @s;
EXECUTE stmt;

SET @s = (SELECT IF(
  (SELECT COUNT(*) FROM INFORMATION_SCHEMA.COLUMNS WHERE table_name = 'Monitors'
     AND table_schema = DATABASE()
     AND column_name = 'ArchivedEvents'
  ) > 0,
  "SELECT 'Column ArchivedEvents already exists in Monitors'",
  "ALTER TABLE `Monitors` ADD `ArchivedEvents` INT(10) AFTER `DayEventDiskSpace`"
));

PREPARE stmt FROM @s;
EXECUTE stmt;

UPDATE Monitors SET TotalEvents=(SELECT COUNT(*) FROM Events WHERE MonitorId=Monitors.Id);
UPDATE Monitors SET ArchivedEvents=(SELECT COUNT(*) FROM Events WHERE MonitorId=Monitors.Id AND Archived=1);
UPDATE Monitors SET DayEvents=(SELECT COUNT(*) FROM Events_Day WHERE MonitorId=Monitors.Id),
  DayEventDiskSpace=(SELECT SUM(DiskSpace) FROM Events_Day WHERE MonitorId=Monitors.Id);
