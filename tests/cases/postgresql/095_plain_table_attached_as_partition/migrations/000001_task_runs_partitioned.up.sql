-- task_runs becomes a partitioned table without copying a row: the existing table is bounded by a
-- CHECK (validated separately, so the ATTACH needs no scan), renamed aside and attached as the
-- partition for everything up to the cut-over day; the new parent takes the old name.
ALTER TABLE task_runs ADD CONSTRAINT task_runs_attach_bound CHECK (inserted_at < '2024-03-04 00:00:00+00') NOT VALID;
ALTER TABLE task_runs VALIDATE CONSTRAINT task_runs_attach_bound;

CREATE TABLE task_runs_partitioned (
    tenant_id integer NOT NULL,
    id bigint NOT NULL,
    inserted_at timestamptz NOT NULL,
    status run_status NOT NULL DEFAULT 'QUEUED',
    step_name text NOT NULL,
    retry_count integer NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, id, inserted_at)
) PARTITION BY RANGE (inserted_at);

DO $$
DECLARE
    legacy_name text := 'task_runs_' || to_char(date '2024-03-03', 'YYYYMMDD');
BEGIN
    RAISE NOTICE 'renaming task_runs to %', legacy_name;
    EXECUTE format('ALTER TABLE task_runs RENAME TO %I', legacy_name);
    EXECUTE format('ALTER INDEX task_runs_pkey RENAME TO %I', legacy_name || '_pkey');
    EXECUTE format('ALTER TABLE %I SET (autovacuum_vacuum_scale_factor = ''0.1'')', legacy_name);
    EXECUTE format('ALTER TABLE task_runs_partitioned ATTACH PARTITION %I FOR VALUES FROM (MINVALUE) TO (%L)',
                   legacy_name, '2024-03-04 00:00:00+00');
END $$;

ALTER TABLE task_runs_partitioned RENAME TO task_runs;
ALTER INDEX task_runs_partitioned_pkey RENAME TO task_runs_pkey;
CREATE INDEX task_runs_status_part_idx ON task_runs (tenant_id, status);

SELECT create_daily_partition('task_runs', '2024-03-04');

INSERT INTO task_runs (tenant_id, id, inserted_at, status, step_name)
SELECT 1 + g % 4, 1000 + g, timestamptz '2024-03-04 06:00:00+00' + g * interval '5 minutes', 'QUEUED', 'step-new'
FROM generate_series(1, 12) g;
