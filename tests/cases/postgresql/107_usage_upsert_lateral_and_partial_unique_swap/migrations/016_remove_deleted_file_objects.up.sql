DELETE FROM object_keys
WHERE file_id NOT IN (SELECT file_id FROM files WHERE is_deleted = false);
