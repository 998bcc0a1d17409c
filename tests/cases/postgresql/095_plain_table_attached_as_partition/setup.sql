-- A workflow engine (hatchet-like): task runs live in a plain table; their events are already
-- partitioned by day, partitions made by a helper function.
CREATE TYPE run_status AS ENUM ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED');

CREATE FUNCTION create_daily_partition(target_table text, target_date date) RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
    day_start text := to_char(target_date, 'YYYYMMDD');
    next_day text := to_char(target_date + 1, 'YYYYMMDD');
    new_table text := lower(format('%s_%s', target_table, day_start));
BEGIN
    IF EXISTS (SELECT 1 FROM pg_tables WHERE tablename = new_table) THEN
        RETURN 0;
    END IF;
    EXECUTE format('CREATE TABLE %I (LIKE %I INCLUDING INDEXES)', new_table, target_table);
    EXECUTE format('ALTER TABLE %I SET (autovacuum_vacuum_scale_factor = ''0.1'', autovacuum_vacuum_threshold = ''25'')', new_table);
    EXECUTE format('ALTER TABLE %I ATTACH PARTITION %I FOR VALUES FROM (%L) TO (%L)', target_table, new_table, day_start, next_day);
    RETURN 1;
END;
$$;

CREATE TABLE task_runs (
    tenant_id integer NOT NULL,
    id bigint NOT NULL,
    inserted_at timestamptz NOT NULL,
    status run_status NOT NULL DEFAULT 'QUEUED',
    step_name text NOT NULL,
    retry_count integer NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id, inserted_at)
);
CREATE INDEX task_runs_status_idx ON task_runs (tenant_id, status);

CREATE TABLE task_events (
    tenant_id integer NOT NULL,
    task_id bigint NOT NULL,
    inserted_at timestamptz NOT NULL,
    event_type text NOT NULL,
    payload jsonb NOT NULL DEFAULT '{}'::jsonb,
    PRIMARY KEY (tenant_id, task_id, inserted_at, event_type)
) PARTITION BY RANGE (inserted_at);

SELECT create_daily_partition('task_events', '2024-03-01');
SELECT create_daily_partition('task_events', '2024-03-02');
SELECT create_daily_partition('task_events', '2024-03-03');

INSERT INTO task_runs (tenant_id, id, inserted_at, status, step_name, retry_count)
SELECT 1 + g % 4, g, timestamptz '2024-03-01 00:00:00+00' + (g * interval '17 minutes'),
       (ARRAY['QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED'])[1 + g % 4]::run_status,
       'step-' || (g % 7), g % 3
FROM generate_series(1, 240) g;

INSERT INTO task_events (tenant_id, task_id, inserted_at, event_type, payload)
SELECT r.tenant_id, r.id, r.inserted_at + interval '1 minute', e.kind, jsonb_build_object('attempt', r.retry_count, 'kind', e.kind)
FROM task_runs r
CROSS JOIN (VALUES ('STARTED'), ('FINISHED')) e(kind)
WHERE r.inserted_at < timestamptz '2024-03-03 23:00:00+00';
