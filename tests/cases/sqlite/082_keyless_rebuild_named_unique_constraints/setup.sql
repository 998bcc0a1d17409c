-- Tables without a primary key, identified only by named UNIQUE constraints
-- (the shape of a chat server's receipts and background-job tables).
CREATE TABLE deferred_jobs (
    ordering INTEGER NOT NULL,
    job_name TEXT NOT NULL,
    progress_json TEXT NOT NULL,
    depends_on TEXT,
    CONSTRAINT deferred_jobs_uniqueness UNIQUE (job_name)
);
INSERT INTO deferred_jobs VALUES (5801, 'contact_search_reindex', '{}', NULL), (5802, 'deal_stats_backfill', '{"last": 120}', 'contact_search_reindex');
CREATE TABLE read_markers (
    stream_id BIGINT NOT NULL,
    account_id TEXT NOT NULL,
    marker_type TEXT NOT NULL,
    user_id TEXT NOT NULL,
    item_id TEXT NOT NULL,
    item_ordering BIGINT,
    data TEXT NOT NULL,
    CONSTRAINT read_markers_uniqueness UNIQUE (account_id, marker_type, user_id)
);
CREATE INDEX read_markers_id ON read_markers (stream_id);
CREATE INDEX read_markers_account_stream ON read_markers (account_id, stream_id);
CREATE INDEX read_markers_user ON read_markers (user_id);
CREATE TABLE read_marker_graph (
    account_id TEXT NOT NULL,
    marker_type TEXT NOT NULL,
    user_id TEXT NOT NULL,
    item_ids TEXT NOT NULL,
    data TEXT NOT NULL,
    CONSTRAINT read_marker_graph_uniqueness UNIQUE (account_id, marker_type, user_id)
);
CREATE TABLE integration_state (
    integration_id TEXT PRIMARY KEY NOT NULL,
    state VARCHAR(5),
    last_txn BIGINT,
    contact_stream_id BIGINT,
    deal_stream_id BIGINT
);
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300)
INSERT INTO read_markers
SELECT i, 'acct-' || (i % 25), CASE i % 3 WHEN 0 THEN 'seen' WHEN 1 THEN 'seen.private' ELSE 'opened' END,
       'user-' || (i / 3), 'item-' || (i * 7), CASE WHEN i % 4 = 0 THEN NULL ELSE i * 10 END, '{"ts": ' || (1700000000 + i) || '}'
FROM n;
INSERT INTO read_marker_graph
SELECT account_id, marker_type, user_id, '["' || item_id || '"]', data FROM read_markers WHERE stream_id % 2 = 0;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 12)
INSERT INTO integration_state SELECT 'integration-' || i, CASE WHEN i % 3 = 0 THEN 'down' ELSE 'up' END, i * 100, i * 3, NULL FROM n;
