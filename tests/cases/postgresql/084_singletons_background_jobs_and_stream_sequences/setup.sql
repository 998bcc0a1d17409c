-- Synapse-like housekeeping tables: singleton rows guarded by a UNIQUE lock
-- column, a queue of background jobs, and stream positions.
CREATE TABLE sync_position (
  lock char(1) NOT NULL DEFAULT 'X' UNIQUE,
  stream_id bigint,
  CHECK (lock = 'X')
);
INSERT INTO sync_position (stream_id) VALUES (NULL);

CREATE TABLE background_jobs (
  job_name text NOT NULL PRIMARY KEY,
  progress_json text NOT NULL,
  depends_on text,
  ordering integer NOT NULL DEFAULT 0
);
INSERT INTO background_jobs VALUES ('contacts_index', '{}', NULL, 10);

CREATE TABLE activity_stream (
  stream_ordering bigint NOT NULL,
  contact_id integer NOT NULL,
  kind text NOT NULL
);
CREATE UNIQUE INDEX activity_stream_ordering ON activity_stream (stream_ordering);
INSERT INTO activity_stream SELECT g * 3, 1 + g % 60, (ARRAY['call', 'mail', 'visit'])[1 + g % 3]
FROM generate_series(1, 300) g;

CREATE TABLE old_groups (id integer PRIMARY KEY, name text NOT NULL);
CREATE TABLE old_group_members (group_id integer NOT NULL REFERENCES old_groups (id), contact_id integer NOT NULL);
INSERT INTO old_groups SELECT g, 'group ' || g FROM generate_series(1, 20) g;
INSERT INTO old_group_members SELECT 1 + g % 20, g FROM generate_series(1, 90) g;
