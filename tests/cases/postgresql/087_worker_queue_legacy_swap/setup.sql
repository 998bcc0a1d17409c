-- A CRM's background-job queue in its own schema, the way a job runner ships it:
-- jobs carry their task and queue names as text, a notify trigger, helper functions.
CREATE SCHEMA dispatch;

CREATE TABLE dispatch.job_queues (
    queue_name text PRIMARY KEY,
    job_count integer NOT NULL DEFAULT 0,
    locked_at timestamptz,
    locked_by text
);

CREATE TABLE dispatch.jobs (
    id bigserial PRIMARY KEY,
    queue_name text REFERENCES dispatch.job_queues (queue_name),
    task_identifier text NOT NULL,
    payload json NOT NULL DEFAULT '{}'::json,
    priority integer NOT NULL DEFAULT 0,
    run_at timestamptz NOT NULL DEFAULT now(),
    attempts integer NOT NULL DEFAULT 0,
    max_attempts integer NOT NULL DEFAULT 25,
    last_error text,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    key text UNIQUE,
    locked_at timestamptz,
    locked_by text,
    revision integer NOT NULL DEFAULT 0,
    flags jsonb
);
CREATE INDEX jobs_priority_run_at_id_idx ON dispatch.jobs (priority, run_at, id);

CREATE FUNCTION dispatch.tg_jobs__notify_new_jobs() RETURNS trigger AS $$
BEGIN
  PERFORM pg_notify('jobs:insert', '');
  RETURN new;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER _900_notify_worker AFTER INSERT ON dispatch.jobs
  FOR EACH STATEMENT EXECUTE PROCEDURE dispatch.tg_jobs__notify_new_jobs();

CREATE FUNCTION dispatch.complete_job(worker_id text, job_id bigint) RETURNS dispatch.jobs AS $$
  DELETE FROM dispatch.jobs WHERE id = job_id AND locked_by = worker_id RETURNING *;
$$ LANGUAGE sql;

CREATE FUNCTION dispatch.remove_job(job_key text) RETURNS dispatch.jobs AS $$
  DELETE FROM dispatch.jobs WHERE key = job_key AND locked_at IS NULL RETURNING *;
$$ LANGUAGE sql STRICT;

INSERT INTO dispatch.job_queues (queue_name, job_count)
SELECT 'queue_' || g, 0 FROM generate_series(1, 6) AS g;

INSERT INTO dispatch.jobs (queue_name, task_identifier, payload, priority, run_at, attempts,
                           max_attempts, last_error, created_at, updated_at, key, revision, flags)
SELECT CASE WHEN g % 3 = 0 THEN NULL ELSE 'queue_' || (g % 6 + 1) END,
       (ARRAY['send_invoice', 'sync_contact', 'score_lead', 'export_report'])[g % 4 + 1],
       json_build_object('contact_id', g, 'note', 'job ' || g),
       g % 5 - 2,
       timestamptz '2024-03-01 08:00:00+00' + g * interval '7 minutes',
       g % 4,
       CASE WHEN g % 10 = 0 THEN 5 ELSE 25 END,
       CASE WHEN g % 4 > 0 THEN 'timeout after ' || g || 's' END,
       timestamptz '2024-02-28 12:00:00+00' + g * interval '1 minute',
       timestamptz '2024-02-29 12:00:00+00' + g * interval '1 minute',
       CASE WHEN g % 7 = 0 THEN 'dedupe-' || g END,
       g % 3,
       CASE WHEN g % 5 = 0 THEN '{"urgent": true}'::jsonb END
FROM generate_series(1, 240) AS g;

UPDATE dispatch.job_queues q SET job_count = (SELECT count(*) FROM dispatch.jobs j WHERE j.queue_name = q.queue_name);
