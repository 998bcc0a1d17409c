ALTER INDEX index_audit_events_on_entity ATTACH PARTITION audit_events_202403_entity_idx;
-- next month: created apart, filled, checked, attached (the index follows automatically)
CREATE TABLE audit_events_202404 (LIKE audit_events INCLUDING DEFAULTS INCLUDING CONSTRAINTS);
ALTER TABLE audit_events_202404 ADD CONSTRAINT audit_events_202404_range
    CHECK (created_at >= '2024-04-01 00:00+00' AND created_at < '2024-05-01 00:00+00');
INSERT INTO audit_events_202404 (id, author_id, entity_type, entity_id, details, created_at)
SELECT nextval('audit_events_id_seq'), 1 + g % 17, 'Project', 100 + g % 40, 'april ' || g, timestamptz '2024-04-01 00:00+00' + g * interval '5 hours'
FROM generate_series(1, 60) g ORDER BY g;
ALTER TABLE audit_events ATTACH PARTITION audit_events_202404 FOR VALUES FROM ('2024-04-01 00:00+00') TO ('2024-05-01 00:00+00');
ALTER TABLE audit_events_202404 DROP CONSTRAINT audit_events_202404_range;
-- hash partitions: failed deliveries pruned through the parent, one partition's rows rewritten
DELETE FROM web_hook_logs WHERE response_status = 'internal error' AND created_at < '2024-03-02 00:00+00';
UPDATE web_hook_logs_p2 SET response_status = '299' WHERE response_status = '200';
