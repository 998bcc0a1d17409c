-- Fewer hash partitions, syslog's informational partition emptied, and the list partitions split.
ALTER TABLE ports_stats COALESCE PARTITION 2;
ALTER TABLE ports_stats ADD PARTITION PARTITIONS 1;
ALTER TABLE syslog TRUNCATE PARTITION p_info;
ALTER TABLE syslog REORGANIZE PARTITION p_error INTO (
  PARTITION p_err VALUES IN (3),
  PARTITION p_warn VALUES IN (4)
);
DELETE FROM syslog PARTITION (p_critical) WHERE device_id > 20;
UPDATE ports_stats PARTITION (p0, p1) SET ifInErrors = 0 WHERE ifInErrors > 10;
