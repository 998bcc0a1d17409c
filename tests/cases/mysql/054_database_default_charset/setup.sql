-- An install from the utf8 (3-byte) days: the database default and its tables are utf8mb3.
ALTER DATABASE CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci;
CREATE TABLE workflows (
  shard_id INT NOT NULL,
  workflow_id VARCHAR(255) NOT NULL,
  run_state VARCHAR(16) NOT NULL,
  PRIMARY KEY (shard_id, workflow_id)
) ENGINE=InnoDB;
CREATE TABLE task_queues (name VARCHAR(100) NOT NULL PRIMARY KEY, note VARCHAR(200)) ENGINE=InnoDB;
INSERT INTO workflows VALUES (1, 'order-42', 'running'), (2, 'naïve-import', 'done'), (2, 'résumé-scan', 'failed');
INSERT INTO task_queues VALUES ('default', 'the ''main'' queue'), ('bulk', 'nightly; slow');
