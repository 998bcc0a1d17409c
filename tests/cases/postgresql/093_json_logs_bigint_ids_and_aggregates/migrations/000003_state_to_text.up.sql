BEGIN;
DROP VIEW sync_jobs_with_host;
DROP INDEX sync_jobs_one_active;
ALTER TABLE sync_jobs
    ALTER COLUMN state DROP DEFAULT,
    ALTER COLUMN state TYPE text USING state::text,
    ALTER COLUMN state SET DEFAULT 'queued';
DROP TYPE sync_job_state;
CREATE UNIQUE INDEX sync_jobs_one_active ON sync_jobs (code_host_id) WHERE state = 'processing';
CREATE VIEW sync_jobs_with_host AS
    SELECT j.*, h.display_name AS host_name FROM sync_jobs j JOIN code_hosts h ON h.id = j.code_host_id
    WHERE h.deleted_at IS NULL;
COMMIT;
