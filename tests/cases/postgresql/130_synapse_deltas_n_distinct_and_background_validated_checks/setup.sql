-- A Matrix homeserver (synapse-like): state groups with a planner hint on a skewed column,
-- background updates queued as rows, stream positions, and delta files per schema version.
CREATE TABLE schema_version (lock char(1) NOT NULL DEFAULT 'X' UNIQUE, version integer NOT NULL, upgraded boolean NOT NULL, CHECK (lock = 'X'));
INSERT INTO schema_version VALUES ('X', 72, true);
CREATE TABLE background_updates (update_name text NOT NULL, progress_json text NOT NULL, depends_on text, ordering integer NOT NULL DEFAULT 0,
    CONSTRAINT background_updates_uniqueness UNIQUE (update_name));
CREATE TABLE state_groups (id bigint PRIMARY KEY, room_id text NOT NULL, event_id text NOT NULL);
CREATE TABLE state_groups_state (state_group bigint NOT NULL, room_id text NOT NULL, type text NOT NULL, state_key text NOT NULL, event_id text NOT NULL);
ALTER TABLE ONLY state_groups_state ALTER COLUMN state_group SET (n_distinct=-0.02);
CREATE INDEX state_groups_state_type_idx ON state_groups_state (state_group, type, state_key);
CREATE TABLE event_push_summary (user_id text NOT NULL, room_id text NOT NULL, notif_count bigint NOT NULL,
    stream_ordering bigint NOT NULL, unread_count bigint, last_receipt_stream_ordering bigint, thread_id text);
CREATE TABLE device_lists_changes_in_room (user_id text NOT NULL, device_id text NOT NULL, room_id text NOT NULL,
    stream_id bigint NOT NULL, converted_to_destinations boolean NOT NULL, opentracing_context text);
INSERT INTO state_groups SELECT g, '!room' || (g % 12) || ':hs.test', '$ev' || g FROM generate_series(1, 120) g ORDER BY g;
INSERT INTO state_groups_state SELECT 1 + g % 120, '!room' || ((1 + g % 120) % 12) || ':hs.test',
    (ARRAY['m.room.member', 'm.room.name', 'm.room.power_levels'])[1 + g % 3], '@user' || (g % 40) || ':hs.test', '$st' || g
FROM generate_series(1, 360) g ORDER BY g;
INSERT INTO event_push_summary SELECT '@user' || (g % 75) || ':hs.test', '!room' || (g % 12) || ':hs.test', g % 7, 1000 + g,
    CASE WHEN g % 3 = 0 THEN NULL ELSE g % 5 END, CASE WHEN g % 4 = 0 THEN 900 + g END, CASE WHEN g % 5 = 0 THEN 'main' END
FROM generate_series(1, 150) g ORDER BY g;
INSERT INTO device_lists_changes_in_room SELECT '@user' || (g % 40) || ':hs.test', 'DEV' || g, '!room' || (g % 12) || ':hs.test', 5000 + g, g % 2 = 0, NULL
FROM generate_series(1, 100) g ORDER BY g;
