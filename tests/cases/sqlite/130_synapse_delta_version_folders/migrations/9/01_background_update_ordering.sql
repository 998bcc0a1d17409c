/* Schema version 9: queue the event_search rebuild behind the stats job. */
UPDATE background_updates SET depends_on = 'populate_stats_process_rooms' WHERE update_name = 'event_search';
INSERT INTO background_updates (ordering, update_name, progress_json) VALUES
    (901, 'events_jump_to_date_index', '{}')
    ON CONFLICT (update_name) DO NOTHING;
