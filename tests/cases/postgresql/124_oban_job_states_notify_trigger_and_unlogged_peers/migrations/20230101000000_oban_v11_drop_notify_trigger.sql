-- Oban V11: notifications move to the application; the trigger and its function go; old jobs pruned
DROP TRIGGER IF EXISTS oban_notify ON oban_jobs;
DROP FUNCTION IF EXISTS oban_jobs_notify();
DROP INDEX IF EXISTS oban_jobs_queue_index;
DROP INDEX IF EXISTS oban_jobs_state_index;
CREATE INDEX IF NOT EXISTS oban_jobs_state_queue_priority_scheduled_at_id_index
    ON oban_jobs (state, queue, scheduled_at, id);
DELETE FROM oban_jobs WHERE state IN ('completed', 'cancelled', 'discarded') AND inserted_at < '2022-01-05';
ALTER TABLE oban_peers SET LOGGED;
INSERT INTO schema_migrations VALUES (20230101000000, timestamp '2023-01-01 10:00');
