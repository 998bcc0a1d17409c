CREATE INDEX CONCURRENTLY audit_events_202403_entity_idx ON audit_events_202403 (entity_id, entity_type, created_at);
