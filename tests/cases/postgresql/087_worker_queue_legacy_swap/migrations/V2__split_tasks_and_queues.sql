DROP TRIGGER _900_notify_worker ON dispatch.jobs;
DROP FUNCTION dispatch.remove_job;
DROP FUNCTION dispatch.tg_jobs__notify_new_jobs;
ALTER TABLE dispatch.jobs RENAME TO jobs_legacy;
ALTER TABLE dispatch.job_queues RENAME TO job_queues_legacy;

CREATE TABLE dispatch.job_queues (
  id int PRIMARY KEY GENERATED ALWAYS AS IDENTITY,
  queue_name text NOT NULL UNIQUE CHECK (length(queue_name) <= 128),
  locked_at timestamptz,
  locked_by text,
  is_available boolean GENERATED ALWAYS AS ((locked_at IS NULL)) STORED NOT NULL
);
ALTER TABLE dispatch.job_queues ENABLE ROW LEVEL SECURITY;

CREATE TABLE dispatch.tasks (
  id int PRIMARY KEY GENERATED ALWAYS AS IDENTITY,
  identifier text NOT NULL UNIQUE CHECK (length(identifier) <= 128)
);
ALTER TABLE dispatch.tasks ENABLE ROW LEVEL SECURITY;

CREATE TABLE dispatch.jobs (
  id bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY,
  job_queue_id int NULL, -- no REFERENCES on purpose: the hot path skips the check
  task_id int NOT NULL,
  payload json DEFAULT '{}'::json NOT NULL,
  priority smallint DEFAULT 0 NOT NULL,
  run_at timestamptz DEFAULT now() NOT NULL,
  attempts smallint DEFAULT 0 NOT NULL,
  max_attempts smallint DEFAULT 25 NOT NULL CONSTRAINT jobs_max_attempts_check CHECK (max_attempts >= 1),
  last_error text,
  created_at timestamptz DEFAULT now() NOT NULL,
  updated_at timestamptz DEFAULT now() NOT NULL,
  key text UNIQUE CONSTRAINT jobs_key_check CHECK (length(key) > 0 AND length(key) <= 512),
  locked_at timestamptz,
  locked_by text,
  revision integer DEFAULT 0 NOT NULL,
  flags jsonb,
  is_available boolean GENERATED ALWAYS AS (((locked_at IS NULL) AND (attempts < max_attempts))) STORED NOT NULL
);
ALTER TABLE dispatch.jobs ENABLE ROW LEVEL SECURITY;

CREATE INDEX jobs_main_index ON dispatch.jobs USING btree (priority, run_at)
  INCLUDE (id, task_id, job_queue_id) WHERE (is_available = true);
CREATE INDEX jobs_no_queue_index ON dispatch.jobs USING btree (priority, run_at)
  INCLUDE (id, task_id) WHERE (is_available = true AND job_queue_id IS NULL);

CREATE TYPE dispatch.job_spec AS (
  identifier text,
  payload json,
  queue_name text,
  run_at timestamptz,
  max_attempts integer,
  job_key text,
  priority integer,
  flags text[]
);

CREATE FUNCTION dispatch.add_jobs(specs dispatch.job_spec[], job_key_preserve_run_at boolean DEFAULT false)
RETURNS SETOF dispatch.jobs AS $$
BEGIN
  INSERT INTO dispatch.tasks (identifier)
  SELECT DISTINCT spec.identifier FROM unnest(specs) spec
  ON CONFLICT DO NOTHING;

  RETURN QUERY INSERT INTO dispatch.jobs (job_queue_id, task_id, payload, run_at, max_attempts, key, priority, flags)
    SELECT job_queues.id, tasks.id, coalesce(spec.payload, '{}'::json), coalesce(spec.run_at, now()),
           coalesce(spec.max_attempts, 25), spec.job_key, coalesce(spec.priority, 0),
           (SELECT jsonb_object_agg(flag, true) FROM unnest(spec.flags) AS item(flag))
    FROM unnest(specs) spec
    INNER JOIN dispatch.tasks ON tasks.identifier = spec.identifier
    LEFT JOIN dispatch.job_queues ON job_queues.queue_name = spec.queue_name
  ON CONFLICT (key) DO UPDATE SET
    payload = excluded.payload,
    revision = jobs.revision + 1,
    attempts = 0,
    last_error = NULL,
    updated_at = now()
  WHERE jobs.locked_at IS NULL
  RETURNING *;
END;
$$ LANGUAGE plpgsql;

CREATE FUNCTION dispatch.tg_jobs__after_insert() RETURNS trigger AS $$
BEGIN
  PERFORM pg_notify('jobs:insert', '');
  RETURN new;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER _900_after_insert AFTER INSERT ON dispatch.jobs
  FOR EACH STATEMENT EXECUTE PROCEDURE dispatch.tg_jobs__after_insert();

-- Move the rows over (ordered, so the identity numbers are the same every time).
INSERT INTO dispatch.job_queues (queue_name)
SELECT DISTINCT queue_name FROM dispatch.jobs_legacy WHERE queue_name IS NOT NULL ORDER BY queue_name
ON CONFLICT DO NOTHING;

INSERT INTO dispatch.tasks (identifier)
SELECT DISTINCT task_identifier FROM dispatch.jobs_legacy ORDER BY task_identifier
ON CONFLICT DO NOTHING;

INSERT INTO dispatch.jobs (job_queue_id, task_id, payload, priority, run_at, attempts, max_attempts,
                           last_error, created_at, updated_at, key, revision, flags)
  SELECT job_queues.id, tasks.id, legacy.payload, legacy.priority, legacy.run_at, legacy.attempts,
         legacy.max_attempts, legacy.last_error, legacy.created_at, legacy.updated_at, legacy.key,
         legacy.revision, legacy.flags
  FROM dispatch.jobs_legacy legacy
  INNER JOIN dispatch.tasks ON tasks.identifier = legacy.task_identifier
  LEFT JOIN dispatch.job_queues ON job_queues.queue_name = legacy.queue_name
  ORDER BY legacy.id;

DROP TABLE dispatch.jobs_legacy;
DROP TABLE dispatch.job_queues_legacy;
