-- gitlab-like partitioned tables: audit events partitioned by month, web hook logs by hash.
-- Indexes on partitioned tables are built the zero-downtime way: ON ONLY the parent (invalid),
-- one per partition (concurrently in production), then ALTER INDEX ... ATTACH PARTITION.
CREATE TABLE audit_events (
    id bigint NOT NULL,
    author_id integer NOT NULL,
    entity_type text NOT NULL,
    entity_id bigint NOT NULL,
    details text,
    created_at timestamptz NOT NULL,
    PRIMARY KEY (id, created_at)
) PARTITION BY RANGE (created_at);
CREATE TABLE audit_events_202401 PARTITION OF audit_events FOR VALUES FROM ('2024-01-01 00:00+00') TO ('2024-02-01 00:00+00');
CREATE TABLE audit_events_202402 PARTITION OF audit_events FOR VALUES FROM ('2024-02-01 00:00+00') TO ('2024-03-01 00:00+00');
CREATE TABLE audit_events_202403 PARTITION OF audit_events FOR VALUES FROM ('2024-03-01 00:00+00') TO ('2024-04-01 00:00+00');
CREATE SEQUENCE audit_events_id_seq OWNED BY audit_events.id;
ALTER TABLE audit_events ALTER COLUMN id SET DEFAULT nextval('audit_events_id_seq');

CREATE TABLE web_hook_logs (
    id bigint NOT NULL,
    web_hook_id integer NOT NULL,
    response_status text,
    execution_duration double precision,
    created_at timestamptz NOT NULL,
    PRIMARY KEY (id, web_hook_id)
) PARTITION BY HASH (web_hook_id);
CREATE TABLE web_hook_logs_p0 PARTITION OF web_hook_logs FOR VALUES WITH (MODULUS 4, REMAINDER 0);
CREATE TABLE web_hook_logs_p1 PARTITION OF web_hook_logs FOR VALUES WITH (MODULUS 4, REMAINDER 1);
CREATE TABLE web_hook_logs_p2 PARTITION OF web_hook_logs FOR VALUES WITH (MODULUS 4, REMAINDER 2);
CREATE TABLE web_hook_logs_p3 PARTITION OF web_hook_logs FOR VALUES WITH (MODULUS 4, REMAINDER 3);

INSERT INTO audit_events (author_id, entity_type, entity_id, details, created_at)
SELECT 1 + g % 17, (ARRAY['Project', 'Group', 'User'])[1 + g % 3], 100 + g % 40, 'change ' || g,
       timestamptz '2024-01-01 00:00+00' + g * interval '7 hours'
FROM generate_series(1, 280) g ORDER BY g;
INSERT INTO web_hook_logs (id, web_hook_id, response_status, execution_duration, created_at)
SELECT g, 1 + g % 9, (ARRAY['200', '500', 'internal error'])[1 + g % 3], (g % 50) / 10.0, timestamptz '2024-03-01 00:00+00' + g * interval '13 minutes'
FROM generate_series(1, 240) g ORDER BY g;
