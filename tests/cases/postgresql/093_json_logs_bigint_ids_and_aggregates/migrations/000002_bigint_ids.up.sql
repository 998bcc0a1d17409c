BEGIN;
DROP VIEW sync_jobs_with_host;
ALTER TABLE sync_jobs ALTER COLUMN id SET DATA TYPE bigint;
ALTER SEQUENCE sync_jobs_id_seq AS bigint;
CREATE VIEW sync_jobs_with_host AS
    SELECT j.*, h.display_name AS host_name FROM sync_jobs j JOIN code_hosts h ON h.id = j.code_host_id
    WHERE h.deleted_at IS NULL;
COMMIT;
