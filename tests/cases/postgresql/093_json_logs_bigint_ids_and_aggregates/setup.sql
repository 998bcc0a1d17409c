CREATE TYPE sync_job_state AS ENUM ('queued', 'processing', 'completed', 'errored', 'failed');
CREATE TABLE code_hosts (
    id serial PRIMARY KEY,
    display_name text NOT NULL,
    deleted_at timestamptz
);
CREATE TABLE sync_jobs (
    id serial PRIMARY KEY,
    code_host_id integer NOT NULL REFERENCES code_hosts(id) ON DELETE CASCADE,
    state sync_job_state NOT NULL DEFAULT 'queued',
    log_contents text,
    payload json,
    position point,
    label_ids integer[] NOT NULL DEFAULT '{}'
);
CREATE UNIQUE INDEX sync_jobs_one_active ON sync_jobs (code_host_id) WHERE state = 'processing';
CREATE VIEW sync_jobs_with_host AS
    SELECT j.*, h.display_name AS host_name FROM sync_jobs j JOIN code_hosts h ON h.id = j.code_host_id
    WHERE h.deleted_at IS NULL;
INSERT INTO code_hosts (display_name, deleted_at)
SELECT 'Host ' || g, CASE WHEN g % 7 = 0 THEN now() END FROM generate_series(1, 50) g;
INSERT INTO sync_jobs (code_host_id, state, log_contents, payload, position, label_ids)
SELECT 1 + g % 50,
       (ARRAY['queued','completed','errored','failed']::sync_job_state[])[1 + g % 4],
       CASE WHEN g % 3 = 0 THEN 'log line ' || g END,
       json_build_object('attempt', g % 5, 'note', 'n' || g),
       point(g, g * 2),
       ARRAY[g % 10, g % 13]
FROM generate_series(1, 300) g;
