ALTER TABLE build_events DROP COLUMN created_at;
