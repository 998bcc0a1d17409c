-- A homeserver before schema version 58: events, event_json, receipts, the background-update queue.
CREATE TABLE background_updates (
    update_name text NOT NULL,
    progress_json text NOT NULL,
    depends_on text,
    ordering integer NOT NULL DEFAULT 0,
    CONSTRAINT background_updates_uniqueness UNIQUE (update_name)
);
INSERT INTO background_updates (update_name, progress_json, ordering) VALUES
    ('event_search', '{}', 100), ('populate_stats_process_rooms', '{"last_room_id": ""}', 200);
CREATE TABLE events (
    stream_ordering integer PRIMARY KEY,
    topological_ordering bigint NOT NULL,
    event_id text NOT NULL UNIQUE,
    type text NOT NULL,
    room_id text NOT NULL,
    sender text,
    origin_server_ts bigint,
    outlier boolean NOT NULL
);
CREATE TABLE event_labels (
    event_id text NOT NULL,
    label text NOT NULL,
    room_id text NOT NULL,
    topological_ordering bigint NOT NULL,
    PRIMARY KEY (event_id, label)
);
CREATE TABLE receipts_linearized (
    stream_id bigint NOT NULL,
    room_id text NOT NULL,
    receipt_type text NOT NULL,
    user_id text NOT NULL,
    event_id text NOT NULL,
    data text NOT NULL,
    CONSTRAINT receipts_linearized_uniqueness UNIQUE (room_id, receipt_type, user_id)
);
INSERT INTO events
SELECT i, i / 3, format('$ev%s', lpad(i::text, 4, '0')),
       (ARRAY['m.room.member', 'm.room.message', 'm.reaction'])[1 + i % 3],
       format('!room%s:hs.example', lpad((1 + i % 10)::text, 2, '0')), format('@u%s:hs.example', i % 9),
       1600000000000 + i * 60000, i % 17 = 0
FROM generate_series(1, 200) AS i;
INSERT INTO event_labels
SELECT event_id, 'label' || (stream_ordering % 4), room_id, topological_ordering FROM events WHERE stream_ordering % 5 = 0;
INSERT INTO receipts_linearized
SELECT i, format('!room%s:hs.example', lpad((1 + i % 10)::text, 2, '0')),
       (ARRAY['m.read', 'org.matrix.msc2285.read.private', 'm.read.private'])[1 + i % 3],
       format('@u%s:hs.example', i / 3), format('$ev%s', lpad((i * 2)::text, 4, '0')), format('{"ts": %s}', 1600000000000 + i)
FROM generate_series(1, 60) AS i;
