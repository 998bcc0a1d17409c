-- temporal-like MySQL persistence schema (schema/mysql/v57/temporal) in a latin1 database, as the
-- databases were created before v2.0's update_charset: binary ids, blobs, a cluster metadata row
ALTER DATABASE CHARACTER SET latin1 COLLATE latin1_swedish_ci;

CREATE TABLE namespaces (
  partition_id INT NOT NULL,
  id BINARY(16) NOT NULL,
  name VARCHAR(255) UNIQUE NOT NULL,
  notification_version BIGINT NOT NULL,
  data BLOB NOT NULL,
  data_encoding VARCHAR(16) NOT NULL,
  is_global TINYINT(1) NOT NULL,
  PRIMARY KEY (partition_id, id)
);

CREATE TABLE current_executions (
  shard_id INT NOT NULL,
  namespace_id BINARY(16) NOT NULL,
  workflow_id VARCHAR(255) NOT NULL,
  run_id BINARY(16) NOT NULL,
  create_request_id VARCHAR(64) NOT NULL,
  state INT NOT NULL,
  status INT NOT NULL,
  start_version BIGINT NOT NULL,
  last_write_version BIGINT NOT NULL,
  PRIMARY KEY (shard_id, namespace_id, workflow_id)
);

CREATE TABLE signals_requested_sets (
  shard_id INT NOT NULL,
  namespace_id BINARY(16) NOT NULL,
  workflow_id VARCHAR(255) NOT NULL,
  run_id BINARY(16) NOT NULL,
  signal_id VARCHAR(64) NOT NULL,
  PRIMARY KEY (shard_id, namespace_id, workflow_id, run_id, signal_id)
);

CREATE TABLE cluster_metadata (
  metadata_partition        INT NOT NULL,
  immutable_data            BLOB NOT NULL,
  immutable_data_encoding   VARCHAR(16) NOT NULL,
  PRIMARY KEY (metadata_partition)
);

CREATE TABLE cluster_membership (
  host_id          BINARY(16) NOT NULL,
  rpc_address      VARCHAR(15) NOT NULL,
  rpc_port         SMALLINT NOT NULL,
  role             TINYINT NOT NULL,
  session_start    TIMESTAMP DEFAULT '1970-01-01 00:00:01',
  last_heartbeat   TIMESTAMP DEFAULT '1970-01-01 00:00:01',
  insertion_order  BIGINT NOT NULL AUTO_INCREMENT UNIQUE,
  INDEX (role, host_id),
  INDEX (rpc_address, role),
  PRIMARY KEY (host_id)
);

INSERT INTO namespaces
  WITH RECURSIVE seq(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM seq WHERE n < 2)
  SELECT 54321, UNHEX(MD5(CONCAT('ns', n))), CONCAT('namespace-', n), n, UNHEX(SHA2(CONCAT('d', n), 256)), 'proto3', n % 2 FROM seq;
INSERT INTO current_executions
  WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 24)
  SELECT n % 4 + 1, UNHEX(MD5(CONCAT('ns', n % 3))), CONCAT('wf-', n, '-é'), UNHEX(MD5(CONCAT('run', n))), MD5(n), n % 3, n % 2, n * 10, 1 FROM seq;
INSERT INTO signals_requested_sets
  WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 8)
  SELECT n % 4 + 1, UNHEX(MD5(CONCAT('ns', n % 3))), CONCAT('wf-', n, '-é'), UNHEX(MD5(CONCAT('run', n))), CONCAT('sig', n) FROM seq;
INSERT INTO cluster_metadata VALUES (1, 0x0A1B2C, 'proto3');
INSERT INTO cluster_membership (host_id, rpc_address, rpc_port, role, session_start, last_heartbeat)
  WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 3)
  SELECT UNHEX(MD5(CONCAT('host', n))), CONCAT('10.0.0.', n), 7233, n % 4, '2024-05-01 00:00:00', '2024-05-01 00:10:00' FROM seq;
