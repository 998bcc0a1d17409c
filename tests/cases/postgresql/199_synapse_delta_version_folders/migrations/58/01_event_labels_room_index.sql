-- Queue a background index build and drop labels of outlier events.
INSERT INTO background_updates (ordering, update_name, progress_json) VALUES
    (5801, 'event_labels_room_idx', '{}') ON CONFLICT (update_name) DO NOTHING;
DELETE FROM event_labels AS l USING events AS e WHERE e.event_id = l.event_id AND e.outlier;
