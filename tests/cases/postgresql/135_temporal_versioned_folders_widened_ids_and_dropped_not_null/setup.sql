-- temporal's PostgreSQL persistence schema (schema/postgresql/v12/temporal), as its v1.0 .. v1.8
-- versions left it, in part: executions keyed by bytea ids and workflow ids, nexus services.
CREATE TABLE executions(
  shard_id INTEGER NOT NULL,
  namespace_id BYTEA NOT NULL,
  workflow_id VARCHAR(255) NOT NULL,
  run_id BYTEA NOT NULL,
  --
  next_event_id BIGINT NOT NULL,
  last_write_version BIGINT NOT NULL,
  data BYTEA NOT NULL,
  data_encoding VARCHAR(16) NOT NULL,
  state BYTEA NOT NULL,
  state_encoding VARCHAR(16) NOT NULL,
  db_version BIGINT NOT NULL DEFAULT 0,
  PRIMARY KEY (shard_id, namespace_id, workflow_id, run_id)
);

CREATE TABLE current_executions(
  shard_id INTEGER NOT NULL,
  namespace_id BYTEA NOT NULL,
  workflow_id VARCHAR(255) NOT NULL,
  --
  run_id BYTEA NOT NULL,
  create_request_id VARCHAR(64) NOT NULL,
  state INTEGER NOT NULL,
  status INTEGER NOT NULL,
  start_version BIGINT NOT NULL,
  last_write_version BIGINT NOT NULL,
  PRIMARY KEY (shard_id, namespace_id, workflow_id)
);

CREATE TABLE signals_requested_sets (
  shard_id INTEGER NOT NULL,
  namespace_id BYTEA NOT NULL,
  workflow_id VARCHAR(255) NOT NULL,
  run_id BYTEA NOT NULL,
  signal_id VARCHAR(64) NOT NULL,
  --
  PRIMARY KEY (shard_id, namespace_id, workflow_id, run_id, signal_id)
);

CREATE TABLE chasm_node_maps (
  shard_id INTEGER NOT NULL,
  namespace_id BYTEA NOT NULL,
  workflow_id VARCHAR(255) NOT NULL,
  run_id BYTEA NOT NULL,
  chasm_path BYTEA NOT NULL,
--
  data BYTEA NOT NULL,
  data_encoding VARCHAR(16),
  PRIMARY KEY (shard_id, namespace_id, workflow_id, run_id, chasm_path)
);

CREATE TABLE nexus_incoming_services (
    service_id      BYTEA NOT NULL,
    data            BYTEA NOT NULL,
    data_encoding   VARCHAR(16) NOT NULL,
    version         BIGINT NOT NULL,
    PRIMARY KEY (service_id)
);

CREATE TABLE nexus_incoming_services_partition_status (
    id      INT NOT NULL PRIMARY KEY DEFAULT 0,
    version BIGINT NOT NULL,
    CONSTRAINT only_one_row CHECK (id = 0)
);

INSERT INTO executions SELECT 1 + g % 8, decode(md5('ns' || (1 + g % 3)), 'hex'), 'order-workflow-' || g,
  decode(md5('run' || g), 'hex'), g + 3, g, decode(md5('x' || g), 'hex'), 'proto3', decode(md5('st' || g), 'hex'), 'proto3', g % 4
FROM generate_series(1, 120) g;
INSERT INTO current_executions SELECT 1 + g % 8, decode(md5('ns' || (1 + g % 3)), 'hex'), 'order-workflow-' || g,
  decode(md5('run' || g), 'hex'), md5('req' || g), g % 3, g % 5, 0, g
FROM generate_series(1, 120) g;
INSERT INTO signals_requested_sets SELECT 1 + g % 8, decode(md5('ns' || (1 + g % 3)), 'hex'), 'order-workflow-' || g,
  decode(md5('run' || g), 'hex'), 'signal-' || g FROM generate_series(1, 40) g;
INSERT INTO nexus_incoming_services SELECT decode(md5('svc' || g), 'hex'), decode(md5('sd' || g), 'hex'), 'proto3', g
FROM generate_series(1, 6) g;
INSERT INTO nexus_incoming_services_partition_status VALUES (0, 6);
