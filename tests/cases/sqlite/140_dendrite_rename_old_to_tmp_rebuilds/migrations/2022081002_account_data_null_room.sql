-- Global account data had room_id '' (a key column): it becomes NULL-free by a keyed upsert into
-- a WITHOUT ROWID table; device keys learn their display names from the JSON.
CREATE TABLE userapi_account_datas_new (localpart TEXT NOT NULL, room_id TEXT NOT NULL DEFAULT '', type TEXT NOT NULL, content TEXT,
  PRIMARY KEY (localpart, room_id, type)) WITHOUT ROWID;
INSERT INTO userapi_account_datas_new (localpart, room_id, type, content)
SELECT localpart, coalesce(room_id, ''), type, content FROM userapi_account_datas WHERE true
ON CONFLICT (localpart, room_id, type) DO UPDATE SET content = excluded.content;
DROP TABLE userapi_account_datas;
ALTER TABLE userapi_account_datas_new RENAME TO userapi_account_datas;
UPDATE keyserver_device_keys SET key_json = json_set(key_json, '$.unsigned.device_display_name', display_name)
WHERE display_name IS NOT NULL RETURNING user_id, device_id;
DELETE FROM syncapi_output_room_events WHERE exclude_from_sync AND type = 'm.room.message';
INSERT INTO db_migrations VALUES ('userapi: account data room_id not null', '2022-08-10T02:00:00Z', '0.9.3');
