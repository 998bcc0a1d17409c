-- usage of every user from the sizes of their objects: existing rows updated, missing ones added
INSERT INTO usage (user_id, storage_consumed)
    SELECT user_id, COALESCE(total_file_size + total_thumbnail_size, 0) AS storage_consumed FROM
        users,
        LATERAL (
            SELECT SUM(size) AS total_thumbnail_size
            FROM object_keys
            LEFT JOIN files ON files.file_id = object_keys.file_id
            WHERE owner_id = users.user_id AND o_type = 'thumbnail'
        ) query_1,
        LATERAL (
            SELECT SUM(size) AS total_file_size
            FROM object_keys
            LEFT JOIN files ON files.file_id = object_keys.file_id
            WHERE owner_id = users.user_id AND o_type = 'file'
        ) query_2
    ORDER BY user_id
    ON CONFLICT (user_id)
    DO UPDATE SET storage_consumed = EXCLUDED.storage_consumed;
