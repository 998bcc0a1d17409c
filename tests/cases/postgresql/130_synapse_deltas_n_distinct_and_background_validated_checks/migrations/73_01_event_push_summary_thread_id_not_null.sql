-- schema 73: thread_id will be NOT NULL; the check is added NOT VALID, a background update fills
-- the column and validates it later (delta 73/02)
ALTER TABLE event_push_summary ADD CONSTRAINT event_push_summary_thread_id CHECK (thread_id IS NOT NULL) NOT VALID;
INSERT INTO background_updates (ordering, update_name, progress_json) VALUES
    (7306, 'event_push_summary_thread_id', '{}'),
    (7306, 'event_push_summary_unique_index2', '{}')
ON CONFLICT (update_name) DO NOTHING;
UPDATE background_updates SET depends_on = 'event_push_summary_thread_id' WHERE update_name = 'event_push_summary_unique_index2';
ALTER TABLE state_groups_state SET (autovacuum_analyze_scale_factor = 0.02);
UPDATE schema_version SET version = 73;
