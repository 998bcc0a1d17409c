-- delivered events are archived; invocation logs of archived events are purged; cleanup cron
UPDATE hdb_catalog.event_log SET archived = true WHERE delivered AND created_at < timestamp '2024-01-15';
DELETE FROM hdb_catalog.event_invocation_logs l USING hdb_catalog.event_log e WHERE e.id = l.event_id AND e.archived;
ALTER TABLE hdb_catalog.event_invocation_logs ADD COLUMN trigger_name text;
UPDATE hdb_catalog.event_invocation_logs l SET trigger_name = e.trigger_name FROM hdb_catalog.event_log e WHERE e.id = l.event_id;
-- json columns rewritten in place (json has no equality operator)
UPDATE hdb_catalog.event_invocation_logs SET response = json_build_object('ok', true, 'status', status, 'body', response)
 WHERE status = 200 AND event_id % 2 = 0;
UPDATE hdb_catalog.hdb_metadata SET metadata = json_build_object('version', 3, 'sources', metadata->'sources', 'inherited_roles', json_build_array()),
       resource_version = resource_version + 1;
DROP TRIGGER "notify_hasura_order_status_UPDATE" ON "public"."orders";
DROP FUNCTION hdb_catalog."notify_hasura_order_status_UPDATE"();
UPDATE hdb_catalog.hdb_version SET version = '48.1', cli_state = cli_state || '{"settings": {"migrations_dir": "migrations"}}';
