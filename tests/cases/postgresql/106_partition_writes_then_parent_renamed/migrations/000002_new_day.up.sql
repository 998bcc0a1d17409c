-- a new day's partition, filled through the parent; a partition's rows change in place
CREATE TABLE v1_step_runs_20240304 PARTITION OF v1_step_runs FOR VALUES FROM ('2024-03-04') TO ('2024-03-05');
INSERT INTO v1_step_runs (id, inserted_at, tenant_id, status)
SELECT 1000 + g, date '2024-03-04', 1 + g % 4, 'QUEUED' FROM generate_series(1, 20) g;
UPDATE step_runs_20240303 SET tenant_id = tenant_id + 10 WHERE id % 3 = 0;
ALTER TABLE step_runs_20240303 RENAME TO v1_step_runs_20240303;
