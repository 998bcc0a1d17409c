-- A table created without a charset of its own takes the database default (utf8mb4 now).
CREATE TABLE history_events (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  workflow_id VARBINARY(1000) NOT NULL,
  payload TEXT NOT NULL
);
INSERT INTO history_events (workflow_id, payload) VALUES ('order-42', 'started 🚀'), ('order-42', 'completed');
ALTER TABLE workflows MODIFY workflow_id VARBINARY(1000) NOT NULL;
