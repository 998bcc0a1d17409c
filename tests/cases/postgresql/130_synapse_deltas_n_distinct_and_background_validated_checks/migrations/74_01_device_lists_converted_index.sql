ALTER TABLE device_lists_changes_in_room ALTER COLUMN opentracing_context SET STORAGE EXTERNAL;
CREATE INDEX device_lists_changes_in_stream_id_unconverted ON device_lists_changes_in_room (stream_id) WHERE NOT converted_to_destinations;
UPDATE device_lists_changes_in_room SET converted_to_destinations = true WHERE stream_id < 5050;
ALTER TABLE ONLY state_groups_state ALTER COLUMN room_id RESET (n_distinct);
ALTER TABLE event_push_summary ALTER COLUMN thread_id SET NOT NULL;
ALTER TABLE event_push_summary DROP CONSTRAINT event_push_summary_thread_id;
UPDATE schema_version SET version = 74;
