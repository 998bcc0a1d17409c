-- An Elixir app (plausible-like, Ecto) with Oban's job queue: an enum of job states, a NOTIFY
-- trigger on insert, jsonb[] errors and varchar[] tags; Ecto's schema_migrations.
CREATE TABLE schema_migrations (version bigint PRIMARY KEY, inserted_at timestamp(0));
CREATE TYPE oban_job_state AS ENUM ('available', 'scheduled', 'executing', 'retryable', 'completed', 'discarded');
CREATE TABLE oban_jobs (
    id bigserial PRIMARY KEY,
    state oban_job_state NOT NULL DEFAULT 'available',
    queue text NOT NULL DEFAULT 'default',
    worker text NOT NULL,
    args jsonb NOT NULL,
    errors jsonb[] NOT NULL DEFAULT ARRAY[]::jsonb[],
    attempt integer NOT NULL DEFAULT 0,
    max_attempts integer NOT NULL DEFAULT 20,
    inserted_at timestamp NOT NULL,
    scheduled_at timestamp NOT NULL,
    attempted_at timestamp,
    completed_at timestamp
);
CREATE INDEX oban_jobs_queue_index ON oban_jobs (queue);
CREATE INDEX oban_jobs_state_index ON oban_jobs (state);
CREATE FUNCTION oban_jobs_notify() RETURNS trigger AS $$
DECLARE
  channel text;
  notice json;
BEGIN
  IF (TG_OP = 'INSERT') THEN
    channel = 'public.oban_insert';
    notice = json_build_object('queue', NEW.queue, 'state', NEW.state);
    -- No point triggering for a job that isn't scheduled to run now
    IF NEW.scheduled_at IS NOT NULL AND NEW.scheduled_at > timestamp '2030-01-01' THEN
      RETURN null;
    END IF;
  ELSE
    channel = 'public.oban_update';
    notice = json_build_object('queue', NEW.queue, 'new_state', NEW.state, 'old_state', OLD.state);
  END IF;
  PERFORM pg_notify(channel, notice::text);
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER oban_notify AFTER INSERT OR UPDATE OF state ON oban_jobs FOR EACH ROW EXECUTE PROCEDURE oban_jobs_notify();
CREATE TABLE sites (id bigserial PRIMARY KEY, domain text NOT NULL UNIQUE, timezone text NOT NULL, inserted_at timestamp(0) NOT NULL);
INSERT INTO schema_migrations VALUES (20190301000000, timestamp '2019-03-01 10:00'), (20200115000000, timestamp '2020-01-15 10:00');
INSERT INTO sites (domain, timezone, inserted_at) SELECT 'site' || g || '.example', (ARRAY['Etc/UTC', 'Europe/Tallinn', 'America/Lima'])[1 + g % 3],
    timestamp '2021-01-01' + g * interval '3 days' FROM generate_series(1, 40) g ORDER BY g;
INSERT INTO oban_jobs (state, queue, worker, args, errors, attempt, inserted_at, scheduled_at, attempted_at, completed_at)
SELECT (ARRAY['available', 'scheduled', 'completed', 'discarded', 'retryable'])[1 + g % 5]::oban_job_state,
    (ARRAY['default', 'mailer', 'rotate_salts'])[1 + g % 3], 'Plausible.Workers.SendEmailReport',
    jsonb_build_object('site_id', 1 + g % 40, 'interval', 'weekly'),
    CASE WHEN g % 5 IN (3, 4) THEN ARRAY[jsonb_build_object('at', '2022-01-01T00:00:00Z', 'attempt', 1, 'error', 'timeout; retry')] ELSE ARRAY[]::jsonb[] END,
    g % 4, timestamp '2022-01-01' + g * interval '1 hour', timestamp '2022-01-01' + g * interval '1 hour',
    CASE WHEN g % 5 >= 2 THEN timestamp '2022-01-01' + g * interval '1 hour' END,
    CASE WHEN g % 5 = 2 THEN timestamp '2022-01-01' + g * interval '1 hour' + interval '2 seconds' END
FROM generate_series(1, 220) g ORDER BY g;
