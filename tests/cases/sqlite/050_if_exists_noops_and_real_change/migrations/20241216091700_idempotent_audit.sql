CREATE TABLE IF NOT EXISTS audit_log (id INTEGER PRIMARY KEY, actor TEXT NOT NULL, action TEXT NOT NULL);
DROP TABLE IF EXISTS audit_log_old;
DROP INDEX IF EXISTS audit_log_actor_idx_old;
DROP VIEW IF EXISTS audit_summary;
DROP TRIGGER IF EXISTS audit_log_guard;
CREATE INDEX IF NOT EXISTS audit_log_actor_idx ON audit_log(actor);
