CREATE INDEX index_audit_events_on_entity ON ONLY audit_events (entity_id, entity_type, created_at);
CREATE INDEX audit_events_202401_entity_idx ON audit_events_202401 (entity_id, entity_type, created_at);
CREATE INDEX audit_events_202402_entity_idx ON audit_events_202402 (entity_id, entity_type, created_at);
ALTER INDEX index_audit_events_on_entity ATTACH PARTITION audit_events_202401_entity_idx;
ALTER INDEX index_audit_events_on_entity ATTACH PARTITION audit_events_202402_entity_idx;
-- the parent index stays invalid until every partition has one: 202403 follows in the next file
CREATE UNIQUE INDEX index_web_hook_logs_on_hook_and_id ON web_hook_logs (web_hook_id, id);
