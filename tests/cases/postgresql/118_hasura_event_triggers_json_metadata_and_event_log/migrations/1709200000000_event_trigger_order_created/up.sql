-- what hasura writes for an event trigger: one function per operation, named notify_hasura_<trigger>_<OP>
CREATE OR REPLACE FUNCTION hdb_catalog."notify_hasura_order_created_INSERT"() RETURNS trigger LANGUAGE plpgsql AS $$
  DECLARE
    _old record;
    _new record;
    _data json;
  BEGIN
    IF TG_OP = 'UPDATE' THEN
      _old := row(OLD);
      _new := row(NEW);
    ELSE
    /* initialize _old and _new with dummy values for INSERT and UPDATE events*/
      _old := row((select 1));
      _new := row((select 1));
    END IF;
    _data := json_build_object('old', NULL, 'new', row_to_json(NEW));
    PERFORM hdb_catalog.insert_event_log(CAST(TG_TABLE_SCHEMA AS text), CAST(TG_TABLE_NAME AS text),
        CAST('order_created' AS text), TG_OP, _data, NEW.created_at);
    RETURN NULL;
  END;
$$;
CREATE TRIGGER "notify_hasura_order_created_INSERT" AFTER INSERT ON "public"."orders"
    FOR EACH ROW EXECUTE PROCEDURE hdb_catalog."notify_hasura_order_created_INSERT"();
CREATE OR REPLACE FUNCTION hdb_catalog."notify_hasura_order_status_UPDATE"() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    PERFORM hdb_catalog.insert_event_log(CAST(TG_TABLE_SCHEMA AS text), CAST(TG_TABLE_NAME AS text),
        CAST('order_status' AS text), TG_OP, json_build_object('old', row_to_json(OLD), 'new', row_to_json(NEW)),
        NEW.created_at + interval '1 day');
    RETURN NULL;
  END;
$$;
CREATE TRIGGER "notify_hasura_order_status_UPDATE" AFTER UPDATE OF "status" ON "public"."orders"
    FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status) EXECUTE PROCEDURE hdb_catalog."notify_hasura_order_status_UPDATE"();
-- the console's "replace metadata": the json document is rewritten, the version bumped
UPDATE hdb_catalog.hdb_metadata
   SET metadata = jsonb_set(metadata::jsonb, '{sources,0,tables}',
           (metadata::jsonb #> '{sources,0,tables}') || '[{"table": {"schema": "public", "name": "orders"}, "event_triggers": [{"name": "order_created"}, {"name": "order_status"}]}]'::jsonb)::json,
       resource_version = resource_version + 1
 WHERE id = 1;
INSERT INTO "public"."orders" ("customer_id", "total_cents", "created_at")
SELECT 1 + (g * 7) % 80, 1200 + g, timestamp '2024-03-10' + g * interval '1 hour' FROM generate_series(1, 20) g ORDER BY g;
UPDATE "public"."orders" SET "status" = 'cancelled' WHERE "id" % 25 = 0;
