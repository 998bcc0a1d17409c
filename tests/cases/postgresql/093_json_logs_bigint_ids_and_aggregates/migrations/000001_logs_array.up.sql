BEGIN;
DROP VIEW sync_jobs_with_host;
ALTER TABLE sync_jobs ADD COLUMN execution_logs json[];
UPDATE sync_jobs SET execution_logs = (execution_logs || json_build_object('command', '{}'::text[], 'out', log_contents))
 WHERE log_contents IS NOT NULL;
UPDATE sync_jobs SET payload = json_build_object('attempt', 9) WHERE id % 10 = 0;
UPDATE sync_jobs SET position = point(0, 0) WHERE id % 11 = 0;
CREATE VIEW sync_jobs_with_host AS
    SELECT j.*, h.display_name AS host_name FROM sync_jobs j JOIN code_hosts h ON h.id = j.code_host_id
    WHERE h.deleted_at IS NULL;
COMMIT;
