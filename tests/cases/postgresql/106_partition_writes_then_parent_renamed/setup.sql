-- Workflow step runs (hatchet-like), partitioned by day; a legacy column is still around.
CREATE TABLE step_runs (
    id bigint NOT NULL,
    inserted_at date NOT NULL,
    tenant_id integer NOT NULL,
    status text NOT NULL,
    legacy_worker text,
    PRIMARY KEY (id, inserted_at)
) PARTITION BY RANGE (inserted_at);
CREATE TABLE step_runs_20240301 PARTITION OF step_runs FOR VALUES FROM ('2024-03-01') TO ('2024-03-02');
CREATE TABLE step_runs_20240302 PARTITION OF step_runs FOR VALUES FROM ('2024-03-02') TO ('2024-03-03');
CREATE TABLE step_runs_20240303 PARTITION OF step_runs FOR VALUES FROM ('2024-03-03') TO ('2024-03-04');
CREATE INDEX step_runs_tenant_status_idx ON step_runs (tenant_id, status);

INSERT INTO step_runs (id, inserted_at, tenant_id, status, legacy_worker)
SELECT g, date '2024-03-01' + (g % 3), 1 + g % 4, (ARRAY['QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED'])[1 + g % 4], 'worker-' || (g % 5)
FROM generate_series(1, 150) g;
