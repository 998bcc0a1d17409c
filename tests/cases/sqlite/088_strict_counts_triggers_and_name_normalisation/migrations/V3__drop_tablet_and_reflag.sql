-- The office tablet is retired: its files go (the delete trigger keeps counts in
-- step), then the device row; local files get flag 2 (the update triggers move them
-- between counters); obsolete indexes are dropped whether or not they exist.

DELETE FROM files WHERE device_idx = 3
;
DELETE FROM counts WHERE device_idx = 3
;
DELETE FROM devices WHERE idx = 3
;
UPDATE files SET local_flags = local_flags | 2 WHERE device_idx = 0 AND local_flags & 2 = 0
;
INSERT INTO files (device_idx, remote_sequence, name_idx, type, modified, size, version_idx, deleted, local_flags, blocklist_hash)
    SELECT 1, 10000 + idx, idx, 0, 1767312000000000000, 1024, 1, 0, 0, NULL FROM file_names
    WHERE idx % 10 = 0 AND idx NOT IN (SELECT name_idx FROM files WHERE device_idx = 1)
;
DROP INDEX IF EXISTS files_device_name_idx_only
;
DROP INDEX IF EXISTS files_blocklist_hash_only
;
