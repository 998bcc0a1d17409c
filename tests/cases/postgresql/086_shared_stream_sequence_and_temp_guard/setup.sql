-- dendrite-like: several tables draw their positions from one shared sequence.
CREATE SEQUENCE stream_position_seq;
CREATE TABLE timeline_events (
  id bigint PRIMARY KEY DEFAULT nextval('stream_position_seq'),
  room_id text NOT NULL,
  kind text NOT NULL
);
CREATE TABLE receipts (
  id bigint PRIMARY KEY DEFAULT nextval('stream_position_seq'),
  room_id text NOT NULL,
  user_id text NOT NULL
);
CREATE TABLE memberships (
  room_id text NOT NULL,
  user_id text NOT NULL,
  membership text NOT NULL,
  role smallint NOT NULL DEFAULT 0,
  PRIMARY KEY (room_id, user_id)
);
INSERT INTO timeline_events (room_id, kind) SELECT '!r' || (g % 9), 'message' FROM generate_series(1, 200) g ORDER BY g;
INSERT INTO receipts (room_id, user_id) SELECT '!r' || (g % 9), '@u' || (g % 30) FROM generate_series(1, 100) g ORDER BY g;
INSERT INTO memberships SELECT '!r' || (g % 9), '@u' || g, CASE WHEN g % 7 = 0 THEN 'leave' ELSE 'join' END, (g % 5 = 0)::int
FROM generate_series(1, 150) g;
