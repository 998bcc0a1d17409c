-- A homeserver's state before schema version 9: rooms, events, receipts, the groups feature and
-- the background-update queue.
CREATE TABLE background_updates (
    update_name TEXT NOT NULL,
    progress_json TEXT NOT NULL,
    depends_on TEXT,
    ordering INT NOT NULL DEFAULT 0,
    CONSTRAINT background_updates_uniqueness UNIQUE (update_name)
);
INSERT INTO background_updates (update_name, progress_json, ordering) VALUES
    ('event_search', '{}', 100), ('populate_stats_process_rooms', '{"last_room_id": ""}', 200);

CREATE TABLE rooms (room_id TEXT NOT NULL PRIMARY KEY, is_public BOOL, creator TEXT, room_version TEXT);
CREATE TABLE events (
    stream_ordering INTEGER PRIMARY KEY,
    topological_ordering BIGINT NOT NULL,
    event_id TEXT NOT NULL,
    type TEXT NOT NULL,
    room_id TEXT NOT NULL,
    sender TEXT,
    origin_server_ts BIGINT,
    outlier BOOL NOT NULL,
    UNIQUE (event_id)
);
CREATE INDEX events_order_room ON events (room_id, topological_ordering, stream_ordering);
CREATE TABLE receipts_linearized (
    stream_id BIGINT NOT NULL,
    room_id TEXT NOT NULL,
    receipt_type TEXT NOT NULL,
    user_id TEXT NOT NULL,
    event_id TEXT NOT NULL,
    data TEXT NOT NULL,
    CONSTRAINT receipts_linearized_uniqueness UNIQUE (room_id, receipt_type, user_id)
);
CREATE TABLE groups (group_id TEXT NOT NULL, name TEXT, avatar_url TEXT, short_description TEXT);
CREATE UNIQUE INDEX groups_idx ON groups (group_id);
CREATE TABLE group_users (group_id TEXT NOT NULL, user_id TEXT NOT NULL, is_admin BOOLEAN NOT NULL, is_public BOOLEAN NOT NULL);
CREATE INDEX group_users_g_idx ON group_users (group_id, user_id);
CREATE TABLE local_group_membership (group_id TEXT NOT NULL, user_id TEXT NOT NULL, is_admin BOOLEAN NOT NULL,
    membership TEXT NOT NULL, is_publicised BOOLEAN NOT NULL, content TEXT NOT NULL);

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 12)
INSERT INTO rooms SELECT printf('!room%02d:hs.example', i), i % 3 = 0, printf('@u%02d:hs.example', i % 5), CASE WHEN i < 6 THEN '6' ELSE '9' END FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 240)
INSERT INTO events SELECT i, i / 3, printf('$ev%04d', i),
    CASE i % 6 WHEN 0 THEN 'm.room.member' WHEN 1 THEN 'm.room.message' WHEN 2 THEN 'm.reaction' ELSE 'm.room.message' END,
    printf('!room%02d:hs.example', 1 + i % 12), printf('@u%02d:hs.example', i % 9), 1600000000000 + i * 60000, i % 17 = 0 FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 90)
INSERT INTO receipts_linearized SELECT i, printf('!room%02d:hs.example', 1 + i % 12),
    CASE i % 3 WHEN 0 THEN 'm.read' WHEN 1 THEN 'org.matrix.msc2285.read.private' ELSE 'm.read.private' END,
    printf('@u%02d:hs.example', i / 3), printf('$ev%04d', i * 2), '{"ts": ' || (1600000000000 + i) || '}' FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 8)
INSERT INTO groups SELECT printf('+g%d:hs.example', i), 'Group ' || i, NULL, 'about ' || i FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 40)
INSERT INTO group_users SELECT printf('+g%d:hs.example', 1 + i % 8), printf('@u%02d:hs.example', i), i % 7 = 0, i % 2 FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 25)
INSERT INTO local_group_membership SELECT printf('+g%d:hs.example', 1 + i % 8), printf('@u%02d:hs.example', i), 0, 'join', 1, '{}' FROM n;
