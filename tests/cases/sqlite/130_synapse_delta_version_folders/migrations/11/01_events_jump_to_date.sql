-- Partial index for /timestamp_to_event, only over events that are not outliers.
CREATE INDEX events_jump_to_date_idx ON events (room_id, origin_server_ts) WHERE NOT outlier;
UPDATE rooms SET room_version = '10' WHERE room_version = '9' AND is_public;
INSERT INTO background_updates (ordering, update_name, progress_json, depends_on) VALUES
    (1101, 'event_search', '{"target_min_stream_id_inclusive": 1}', NULL)
    ON CONFLICT (update_name) DO UPDATE SET progress_json = excluded.progress_json, ordering = excluded.ordering;
DELETE FROM background_updates WHERE update_name = 'events_jump_to_date_index';
