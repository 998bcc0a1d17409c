ALTER TYPE dispatch.job_spec ALTER ATTRIBUTE max_attempts TYPE smallint;
ALTER TYPE dispatch.job_spec ALTER ATTRIBUTE priority TYPE smallint;

ALTER TABLE dispatch.jobs RENAME TO _private_jobs;
ALTER TABLE dispatch.job_queues RENAME TO _private_job_queues;
ALTER TABLE dispatch.tasks RENAME TO _private_tasks;

DROP FUNCTION dispatch.add_jobs;
CREATE FUNCTION dispatch.add_jobs(specs dispatch.job_spec[], job_key_preserve_run_at boolean DEFAULT false)
RETURNS SETOF dispatch._private_jobs
    LANGUAGE plpgsql
    AS $$
begin
  insert into dispatch._private_tasks as tasks (identifier)
  select distinct spec.identifier from unnest(specs) spec
  where not exists (select 1 from dispatch._private_tasks as existing where existing.identifier = spec.identifier)
  on conflict do nothing;

  return query insert into dispatch._private_jobs as jobs (job_queue_id, task_id, payload, run_at, created_at, updated_at, max_attempts, key, priority)
    select job_queues.id, tasks.id, coalesce(spec.payload, '{}'::json), coalesce(spec.run_at, now()),
           coalesce(spec.run_at, now()), coalesce(spec.run_at, now()),
           coalesce(spec.max_attempts, 25::smallint), spec.job_key, coalesce(spec.priority, 0::smallint)
    from unnest(specs) spec
    inner join dispatch._private_tasks as tasks on tasks.identifier = spec.identifier
    left join dispatch._private_job_queues as job_queues on job_queues.queue_name = spec.queue_name
  on conflict (key) do update set revision = jobs.revision + 1, updated_at = now()
  where jobs.locked_at is null
  returning *;
end;
$$;

-- Give up jobs that exhausted their attempts, then queue one more through the new function.
DELETE FROM dispatch._private_jobs WHERE attempts >= max_attempts;
SELECT count(*) FROM dispatch.add_jobs(ARRAY[
  ROW('rebuild_search', '{"scope": "contacts"}'::json, 'queue_2', timestamptz '2024-03-05 00:00:00+00', 3, 'rebuild-contacts', 1, NULL)::dispatch.job_spec
]);
