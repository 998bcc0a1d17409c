-- schema 41: event types and entity ids are stored once, referenced by id
CREATE TABLE event_types (event_type_id INTEGER NOT NULL, event_type VARCHAR(64), PRIMARY KEY (event_type_id));
CREATE UNIQUE INDEX ix_event_types_event_type ON event_types (event_type);
CREATE TABLE states_meta (metadata_id INTEGER NOT NULL, entity_id VARCHAR(255), PRIMARY KEY (metadata_id));
CREATE UNIQUE INDEX ix_states_meta_entity_id ON states_meta (entity_id);
ALTER TABLE events ADD COLUMN event_type_id INTEGER REFERENCES event_types (event_type_id);
ALTER TABLE states ADD COLUMN metadata_id INTEGER REFERENCES states_meta (metadata_id);

INSERT INTO event_types (event_type) SELECT DISTINCT event_type FROM events WHERE event_type IS NOT NULL ORDER BY event_type;
UPDATE events SET event_type_id = (SELECT event_type_id FROM event_types WHERE event_types.event_type = events.event_type), event_type = NULL;
INSERT INTO states_meta (entity_id) SELECT DISTINCT entity_id FROM states WHERE entity_id IS NOT NULL ORDER BY entity_id;
UPDATE states SET metadata_id = (SELECT metadata_id FROM states_meta WHERE states_meta.entity_id = states.entity_id), entity_id = NULL;
DROP INDEX ix_events_event_type_time_fired_ts;
DROP INDEX ix_states_entity_id_last_updated_ts;
CREATE INDEX ix_events_event_type_id_time_fired_ts ON events (event_type_id, time_fired_ts);
CREATE INDEX ix_states_metadata_id_last_updated_ts ON states (metadata_id, last_updated_ts);

-- duplicate statistics rows (same series, same hour) keep the newest, then a unique index
DELETE FROM statistics WHERE id NOT IN (SELECT max(id) FROM statistics GROUP BY metadata_id, start);
DROP INDEX ix_statistics_statistic_id_start;
CREATE UNIQUE INDEX ix_statistics_statistic_id_start ON statistics (metadata_id, start);
INSERT INTO schema_changes (schema_version, changed) VALUES (41, '2023-05-01 00:00:00.000000');
