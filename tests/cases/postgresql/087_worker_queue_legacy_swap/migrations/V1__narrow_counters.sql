--! breaking-change
-- Keep the queue still while we work on it.
LOCK TABLE dispatch.jobs;
LOCK TABLE dispatch.job_queues IN ACCESS EXCLUSIVE MODE;

-- Refuse to run (division by zero) while a worker still holds a recent lock.
SELECT 1 / (CASE WHEN EXISTS (
  SELECT 1 FROM dispatch.jobs
  WHERE locked_at IS NOT NULL AND locked_at > now() - interval '4 hours'
) THEN 0 ELSE 1 END);

ALTER TABLE dispatch.jobs
  ALTER COLUMN attempts TYPE int2,
  ALTER COLUMN max_attempts TYPE int2,
  ALTER COLUMN priority TYPE int2;

DROP FUNCTION dispatch.complete_job;
