-- A Dendrite-like SQLite homeserver: syncapi output room events, account data, device keys,
-- and the db_migrations ledger its Go migrator keeps.
CREATE TABLE db_migrations (version TEXT PRIMARY KEY NOT NULL, time TEXT NOT NULL, dendrite_version TEXT NOT NULL);
INSERT INTO db_migrations VALUES ('syncapi: output room events history visibility', '2022-05-01T00:00:00Z', '0.8.2');
CREATE TABLE syncapi_output_room_events (
  id INTEGER PRIMARY KEY,
  event_id TEXT NOT NULL UNIQUE,
  room_id TEXT NOT NULL,
  headered_event_json TEXT NOT NULL,
  type TEXT NOT NULL,
  sender TEXT NOT NULL,
  contains_url BOOL NOT NULL,
  add_state_ids TEXT,
  remove_state_ids TEXT,
  session_id BIGINT,
  transaction_id TEXT,
  exclude_from_sync BOOL NOT NULL DEFAULT FALSE,
  history_visibility SMALLINT NOT NULL DEFAULT 2
);
CREATE INDEX syncapi_output_room_events_type_idx ON syncapi_output_room_events (type);
CREATE INDEX syncapi_output_room_events_room_id_idx ON syncapi_output_room_events (room_id, exclude_from_sync);
CREATE TABLE userapi_account_datas (localpart TEXT NOT NULL, room_id TEXT, type TEXT NOT NULL, content TEXT,
  PRIMARY KEY (localpart, room_id, type));
CREATE TABLE keyserver_device_keys (user_id TEXT NOT NULL, device_id TEXT NOT NULL, ts_added_secs BIGINT NOT NULL,
  key_json TEXT NOT NULL, stream_id BIGINT NOT NULL, display_name TEXT, UNIQUE (user_id, device_id));

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 150)
INSERT INTO syncapi_output_room_events (id, event_id, room_id, headered_event_json, type, sender, contains_url, add_state_ids, session_id, transaction_id, exclude_from_sync, history_visibility)
SELECT i, printf('$e%05d', i), printf('!r%d:dendrite.test', 1 + i % 6),
  json_object('event_id', printf('$e%05d', i), 'type', CASE WHEN i % 10 = 0 THEN 'm.room.member' ELSE 'm.room.message' END,
              'content', json_object('body', 'msg ' || i, 'url', CASE WHEN i % 8 = 0 THEN 'mxc://dendrite.test/m' || i END)),
  CASE WHEN i % 10 = 0 THEN 'm.room.member' ELSE 'm.room.message' END, printf('@u%d:dendrite.test', i % 7), i % 8 = 0,
  CASE WHEN i % 10 = 0 THEN json_array(printf('$e%05d', i)) END, CASE WHEN i % 3 = 0 THEN i * 11 END, CASE WHEN i % 3 = 0 THEN 'txn' || i END,
  i % 29 = 0, 1 + i % 4 FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 30)
INSERT INTO userapi_account_datas SELECT 'u' || (i % 7), CASE WHEN i % 3 = 0 THEN '' ELSE printf('!r%d:dendrite.test', 1 + i % 6) END,
  CASE WHEN i % 2 = 0 THEN 'm.fully_read' ELSE 'm.tag' || i END, json_object('event_id', printf('$e%05d', i)) FROM n WHERE 1 GROUP BY 1, 2, 3;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20)
INSERT INTO keyserver_device_keys SELECT printf('@u%d:dendrite.test', i % 7), 'DEV' || i, 1650000000 + i, '{"keys": {}}', i, CASE WHEN i % 3 = 0 THEN NULL ELSE 'Phone ' || i END FROM n;
