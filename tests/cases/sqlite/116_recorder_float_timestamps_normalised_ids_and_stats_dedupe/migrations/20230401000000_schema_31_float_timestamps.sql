-- schema 31: timestamps as floats (seconds since the epoch) beside the old text columns
ALTER TABLE events ADD COLUMN time_fired_ts FLOAT;
ALTER TABLE states ADD COLUMN last_updated_ts FLOAT;
ALTER TABLE states ADD COLUMN last_changed_ts FLOAT;
UPDATE events SET time_fired_ts = round((julianday(time_fired) - 2440587.5) * 86400.0, 3), time_fired = NULL WHERE time_fired_ts IS NULL;
UPDATE states SET last_updated_ts = round((julianday(last_updated) - 2440587.5) * 86400.0, 3),
                  last_changed_ts = round((julianday(last_changed) - 2440587.5) * 86400.0, 3),
                  last_updated = NULL, last_changed = NULL WHERE last_updated_ts IS NULL;
DROP INDEX ix_events_event_type_time_fired;
DROP INDEX ix_states_entity_id_last_updated;
CREATE INDEX ix_events_event_type_time_fired_ts ON events (event_type, time_fired_ts);
CREATE INDEX ix_states_entity_id_last_updated_ts ON states (entity_id, last_updated_ts);
INSERT INTO schema_changes (schema_version, changed) VALUES (31, '2023-04-01 00:00:00.000000');
