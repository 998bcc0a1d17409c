-- A workflow engine's persistence (temporal-like): executions keyed by shard, namespace,
-- workflow id and run id (bytea ids, blobs with their encoding), buffered events, a single-row
-- cluster metadata table and task queues.
CREATE TABLE cluster_metadata (
    metadata_partition INTEGER NOT NULL,
    immutable_data BYTEA NOT NULL,
    immutable_data_encoding VARCHAR(16) NOT NULL,
    PRIMARY KEY (metadata_partition)
);
CREATE TABLE executions (
    shard_id INTEGER NOT NULL,
    namespace_id BYTEA NOT NULL,
    workflow_id VARCHAR(255) NOT NULL,
    run_id BYTEA NOT NULL,
    next_event_id BIGINT NOT NULL,
    data BYTEA NOT NULL,
    data_encoding VARCHAR(16) NOT NULL,
    PRIMARY KEY (shard_id, namespace_id, workflow_id, run_id)
);
CREATE TABLE current_executions (
    shard_id INTEGER NOT NULL,
    namespace_id BYTEA NOT NULL,
    workflow_id VARCHAR(255) NOT NULL,
    run_id BYTEA NOT NULL,
    state INTEGER NOT NULL,
    PRIMARY KEY (shard_id, namespace_id, workflow_id)
);
CREATE TABLE buffered_events (
    id BIGSERIAL NOT NULL,
    shard_id INTEGER NOT NULL,
    namespace_id BYTEA NOT NULL,
    workflow_id VARCHAR(255) NOT NULL,
    run_id BYTEA NOT NULL,
    data BYTEA NOT NULL,
    data_encoding VARCHAR(16) NOT NULL,
    PRIMARY KEY (shard_id, namespace_id, workflow_id, run_id, id)
);
CREATE TABLE tasks (
    range_hash BIGINT NOT NULL,
    task_queue_id BYTEA NOT NULL,
    task_id BIGINT NOT NULL,
    data BYTEA NOT NULL,
    data_encoding VARCHAR(16) NOT NULL,
    PRIMARY KEY (range_hash, task_queue_id, task_id)
);

INSERT INTO cluster_metadata VALUES (0, decode('0a06616374697665', 'hex'), 'Proto3');
INSERT INTO executions
SELECT 1 + g % 4, decode(md5('ns' || (g % 3)), 'hex'), 'wf-' || g, decode(md5('run' || g), 'hex'), g * 3,
       decode(md5('data' || g) || md5('more' || g), 'hex'), 'Proto3'
FROM generate_series(1, 80) g;
INSERT INTO current_executions
SELECT shard_id, namespace_id, workflow_id, run_id, 1 + next_event_id % 3 FROM executions;
INSERT INTO buffered_events (shard_id, namespace_id, workflow_id, run_id, data, data_encoding)
SELECT e.shard_id, e.namespace_id, e.workflow_id, e.run_id, decode(md5(e.workflow_id || i), 'hex'), 'Proto3'
FROM executions e CROSS JOIN generate_series(1, 2) i WHERE e.next_event_id % 9 = 0 ORDER BY e.workflow_id, i;
INSERT INTO tasks
SELECT g % 5, decode(md5('queue' || (g % 7)), 'hex'), g, decode(md5('task' || g), 'hex'), 'Proto3'
FROM generate_series(1, 120) g;
