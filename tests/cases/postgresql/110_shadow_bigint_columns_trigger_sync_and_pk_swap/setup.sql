-- A CI service (gitlab-like) whose builds table is running out of integer ids: pipelines, builds
-- pointing at them, and trace sections keyed by build.
CREATE TABLE ci_pipelines (
    id serial PRIMARY KEY,
    project_id integer NOT NULL,
    status character varying NOT NULL
);
CREATE TABLE ci_builds (
    id serial PRIMARY KEY,
    commit_id integer REFERENCES ci_pipelines (id) ON DELETE CASCADE,
    name character varying NOT NULL,
    status character varying NOT NULL,
    finished_at timestamp with time zone
);
CREATE INDEX index_ci_builds_on_commit_id_and_status ON ci_builds (commit_id, status);
CREATE TABLE ci_build_trace_sections (
    build_id integer NOT NULL REFERENCES ci_builds (id) ON DELETE CASCADE,
    section_name character varying NOT NULL,
    byte_start bigint NOT NULL,
    byte_end bigint NOT NULL,
    PRIMARY KEY (build_id, section_name)
);

INSERT INTO ci_pipelines (project_id, status)
SELECT 1 + g % 6, (ARRAY['success', 'failed', 'running'])[1 + g % 3] FROM generate_series(1, 40) g ORDER BY g;
INSERT INTO ci_builds (commit_id, name, status, finished_at)
SELECT 1 + g % 40, (ARRAY['rspec', 'lint', 'deploy', 'pages'])[1 + g % 4], (ARRAY['success', 'failed'])[1 + g % 2],
       timestamptz '2021-06-01 00:00:00+00' + g * interval '13 minutes'
FROM generate_series(1, 160) g ORDER BY g;
INSERT INTO ci_build_trace_sections
SELECT b, s, (s_i - 1) * 1000, s_i * 1000 - 1
FROM generate_series(1, 160, 3) b
CROSS JOIN unnest(ARRAY['prepare_script', 'get_sources', 'step_script']) WITH ORDINALITY AS x(s, s_i);
