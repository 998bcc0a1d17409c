-- Oban V9: a new state, in its own migration (an enum value cannot be used where it was added)
ALTER TYPE oban_job_state ADD VALUE IF NOT EXISTS 'cancelled' AFTER 'discarded';
ALTER TABLE oban_jobs ADD COLUMN IF NOT EXISTS cancelled_at timestamp;
ALTER TABLE oban_jobs ADD COLUMN IF NOT EXISTS meta jsonb DEFAULT '{}'::jsonb;
ALTER TABLE oban_jobs ADD COLUMN IF NOT EXISTS tags varchar(255)[] DEFAULT ARRAY[]::varchar[];
INSERT INTO schema_migrations VALUES (20220601000000, timestamp '2022-06-01 10:00');
