-- Retention: the 2023 partition goes, the open range is split, and the hash-partitioned stats
-- table becomes a plain one again (a rebuild), then gets a KEY partitioning of its own.
ALTER TABLE eventlog DROP PARTITION p2023;
ALTER TABLE eventlog REORGANIZE PARTITION pmax INTO (
  PARTITION p2024h2 VALUES LESS THAN ('2025-01-01'),
  PARTITION pmax VALUES LESS THAN (MAXVALUE)
);
ALTER TABLE ports_stats REMOVE PARTITIONING;
ALTER TABLE ports_stats ADD COLUMN ifSpeed BIGINT UNSIGNED NULL AFTER device_id;
UPDATE ports_stats SET ifSpeed = 1000000000 WHERE port_id % 3 = 0;
ALTER TABLE ports_stats PARTITION BY KEY (port_id) PARTITIONS 3;
ALTER TABLE syslog REBUILD PARTITION p_err, p_warn;
ALTER TABLE syslog ANALYZE PARTITION ALL;
