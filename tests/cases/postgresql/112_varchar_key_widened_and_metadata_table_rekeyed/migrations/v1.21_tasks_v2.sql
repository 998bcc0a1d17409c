-- Fairness task queues: a new table keyed with a pass number, the old tasks copied and dropped;
-- a workflow whose id only fits the widened column starts.
CREATE TABLE tasks_v2 (
  range_hash BIGINT NOT NULL,
  task_queue_id BYTEA NOT NULL,
  pass BIGINT NOT NULL, -- pass for tasks (stride scheduling)
  task_id BIGINT NOT NULL,
  --
  data BYTEA NOT NULL,
  data_encoding VARCHAR(16) NOT NULL,
  PRIMARY KEY (range_hash, task_queue_id, pass, task_id)
);
INSERT INTO tasks_v2 SELECT range_hash, task_queue_id, task_id / 10, task_id, data, data_encoding FROM tasks WHERE task_id > 20;
DROP TABLE tasks;

INSERT INTO executions VALUES (2, decode(md5('ns1'), 'hex'), 'wf-' || repeat('long-', 60), decode(md5('run-long'), 'hex'), 1,
    decode('00', 'hex'), 'Proto3');
INSERT INTO current_executions SELECT shard_id, namespace_id, workflow_id, run_id, 1 FROM executions WHERE length(workflow_id) > 255;
DELETE FROM buffered_events WHERE shard_id = 3;
