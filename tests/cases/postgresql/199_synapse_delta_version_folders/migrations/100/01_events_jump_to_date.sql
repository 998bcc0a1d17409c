-- Schema version 100 sorts after 59: a partial index and the queue entry replaced.
CREATE INDEX events_jump_to_date_idx ON events (room_id, origin_server_ts) WHERE NOT outlier;
INSERT INTO background_updates (ordering, update_name, progress_json, depends_on) VALUES
    (10001, 'event_search', '{"target_min_stream_id_inclusive": 1}', NULL)
    ON CONFLICT (update_name) DO UPDATE SET progress_json = excluded.progress_json, ordering = excluded.ordering;
DELETE FROM background_updates WHERE update_name = 'event_labels_room_idx';
