-- A CI server (concourse-like): build events live in one parent table with a child table per team
-- and per pipeline (table inheritance, the pre-10 partitioning); queries read the parent.
CREATE TABLE teams (
    id integer PRIMARY KEY,
    name text NOT NULL UNIQUE
);

CREATE TABLE builds (
    id integer PRIMARY KEY,
    team_id integer NOT NULL REFERENCES teams (id),
    name text NOT NULL,
    status text NOT NULL DEFAULT 'pending'
);

CREATE TABLE build_events (
    build_id integer,
    type character varying(32),
    payload text,
    event_id integer,
    version text
);

CREATE TABLE team_build_events_1 () INHERITS (build_events);
CREATE TABLE team_build_events_2 () INHERITS (build_events);
CREATE TABLE team_build_events_3 () INHERITS (build_events);
CREATE UNIQUE INDEX team_build_events_1_build_id_event_id ON team_build_events_1 (build_id, event_id);
CREATE UNIQUE INDEX team_build_events_2_build_id_event_id ON team_build_events_2 (build_id, event_id);
CREATE UNIQUE INDEX team_build_events_3_build_id_event_id ON team_build_events_3 (build_id, event_id);
CREATE INDEX build_events_build_id_idx ON build_events (build_id);

INSERT INTO teams VALUES (1, 'main'), (2, 'platform'), (3, 'mobile');

INSERT INTO builds (id, team_id, name, status)
SELECT g, 1 + g % 3, 'build-' || g, (ARRAY['succeeded', 'failed', 'errored', 'aborted'])[1 + g % 4]
FROM generate_series(1, 36) g;

INSERT INTO team_build_events_1 (build_id, type, payload, event_id, version)
SELECT b.id, (ARRAY['status', 'log', 'finish-task'])[1 + e % 3], 'team 1 event ' || e, e, '1.0'
FROM builds b CROSS JOIN generate_series(1, 5) e WHERE b.team_id = 1;
INSERT INTO team_build_events_2 (build_id, type, payload, event_id, version)
SELECT b.id, (ARRAY['status', 'log', 'finish-task'])[1 + e % 3], 'team 2 event ' || e, e, '1.0'
FROM builds b CROSS JOIN generate_series(1, 4) e WHERE b.team_id = 2;
INSERT INTO team_build_events_3 (build_id, type, payload, event_id, version)
SELECT b.id, 'log', 'team 3 event ' || e, e, '2.0'
FROM builds b CROSS JOIN generate_series(1, 3) e WHERE b.team_id = 3;
-- a few old events were written to the parent itself
INSERT INTO build_events (build_id, type, payload, event_id, version)
SELECT g, 'status', 'orphan', 1, '0.9' FROM generate_series(100, 104) g;
