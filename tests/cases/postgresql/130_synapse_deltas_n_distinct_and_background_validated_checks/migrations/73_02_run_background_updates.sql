-- what the background updater does, batch by batch, then it validates and removes its rows
UPDATE event_push_summary SET thread_id = 'main' WHERE thread_id IS NULL AND stream_ordering < 1075;
UPDATE event_push_summary SET thread_id = 'main' WHERE thread_id IS NULL;
ALTER TABLE event_push_summary VALIDATE CONSTRAINT event_push_summary_thread_id;
CREATE UNIQUE INDEX event_push_summary_unique_index2 ON event_push_summary (user_id, room_id, thread_id);
DELETE FROM background_updates WHERE update_name IN ('event_push_summary_thread_id', 'event_push_summary_unique_index2');
-- state de-duplication: a compressor rewrote some groups
DELETE FROM state_groups_state WHERE state_group % 10 = 0 AND type = 'm.room.name';
ALTER TABLE ONLY state_groups_state ALTER COLUMN state_group SET (n_distinct=-0.05);
ALTER TABLE ONLY state_groups_state ALTER COLUMN room_id SET (n_distinct=12);
