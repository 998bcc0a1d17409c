-- Dendrite's SQLite migrations rename the old table away first, create the new shape under the
-- original name, copy, and drop the renamed one.
ALTER TABLE syncapi_output_room_events RENAME TO syncapi_output_room_events_tmp;
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
  history_visibility SMALLINT NOT NULL DEFAULT 2,
  device_session_id TEXT GENERATED ALWAYS AS (CASE WHEN session_id IS NULL THEN NULL ELSE 'S' || session_id END) VIRTUAL
);
INSERT INTO syncapi_output_room_events (id, event_id, room_id, headered_event_json, type, sender, contains_url, add_state_ids,
  remove_state_ids, session_id, transaction_id, exclude_from_sync, history_visibility)
SELECT id, event_id, room_id, headered_event_json, type, sender, contains_url, add_state_ids, remove_state_ids, session_id,
  transaction_id, exclude_from_sync, history_visibility FROM syncapi_output_room_events_tmp;
DROP TABLE syncapi_output_room_events_tmp;
CREATE INDEX IF NOT EXISTS syncapi_output_room_events_type_idx ON syncapi_output_room_events (type);
CREATE INDEX IF NOT EXISTS syncapi_output_room_events_room_id_idx ON syncapi_output_room_events (room_id, exclude_from_sync);
INSERT INTO db_migrations VALUES ('syncapi: rename session_id', '2022-05-20T01:00:00Z', '0.8.6');
