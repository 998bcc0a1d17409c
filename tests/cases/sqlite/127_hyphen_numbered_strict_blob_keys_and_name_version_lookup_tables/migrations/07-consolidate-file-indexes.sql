-- Indexes folded into the unique one; one of them was never created on older databases.

DROP INDEX IF EXISTS files_device_name_local_flags
;
DROP INDEX IF EXISTS files_name_idx_only
;
DROP INDEX IF EXISTS files_remote_sequence
;

CREATE INDEX files_device_remote_sequence ON files (device_idx, remote_sequence, name_idx)
;

DELETE FROM kv WHERE key LIKE 'indexid/%'
;
