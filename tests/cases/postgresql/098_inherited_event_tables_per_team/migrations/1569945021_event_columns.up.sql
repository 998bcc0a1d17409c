-- the parent gains a column (every child gets it), loses one (every child loses it) and a type
-- change reaches every child as well
ALTER TABLE build_events ADD COLUMN created_at bigint NOT NULL DEFAULT 0;
ALTER TABLE build_events DROP COLUMN version;
ALTER TABLE build_events ALTER COLUMN type TYPE text;
UPDATE build_events SET created_at = build_id * 1000 + event_id;
