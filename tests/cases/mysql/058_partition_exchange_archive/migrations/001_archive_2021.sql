-- 2021 leaves the live table: its partition is swapped with the empty archive table (rows move
-- between two tables in one DDL statement), then the emptied partition is dropped.
ALTER TABLE activity_stream EXCHANGE PARTITION p2021 WITH TABLE activity_archive_2021;
ALTER TABLE activity_stream DROP PARTITION p2021;
