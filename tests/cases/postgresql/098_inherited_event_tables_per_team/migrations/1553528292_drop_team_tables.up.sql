-- a team is removed with its event table; another team's table leaves the hierarchy and is kept
-- on its own
DROP TABLE team_build_events_3;
DELETE FROM builds WHERE team_id = 3;
DELETE FROM teams WHERE id = 3;

ALTER TABLE team_build_events_2 NO INHERIT build_events;
ALTER TABLE team_build_events_2 RENAME TO archived_platform_events;

-- a new team gets its table
INSERT INTO teams VALUES (4, 'data');
CREATE TABLE team_build_events_4 () INHERITS (build_events);
CREATE UNIQUE INDEX team_build_events_4_build_id_event_id ON team_build_events_4 (build_id, event_id);
INSERT INTO team_build_events_4 (build_id, type, payload, event_id, version) VALUES (1, 'status', 'first', 1, '2.0');
