-- A Hasura project: hdb_catalog keeps the metadata as ONE json (not jsonb) row and an event log
-- that per-table trigger functions fill; Hasura migration folders (<ms>_<name>/up.sql + down.sql).
CREATE SCHEMA hdb_catalog;
CREATE TABLE hdb_catalog.hdb_metadata (
    id integer PRIMARY KEY,
    metadata json NOT NULL,
    resource_version integer NOT NULL DEFAULT 1 UNIQUE
);
CREATE TABLE hdb_catalog.hdb_version (
    hasura_uuid text PRIMARY KEY,
    version text NOT NULL,
    upgraded_on timestamptz NOT NULL,
    cli_state jsonb NOT NULL DEFAULT '{}'::jsonb,
    console_state jsonb NOT NULL DEFAULT '{}'::jsonb
);
CREATE UNIQUE INDEX hdb_version_one_row ON hdb_catalog.hdb_version ((version IS NOT NULL));
CREATE TABLE hdb_catalog.event_log (
    id bigserial PRIMARY KEY,
    schema_name text NOT NULL,
    table_name text NOT NULL,
    trigger_name text NOT NULL,
    payload jsonb NOT NULL,
    delivered boolean NOT NULL DEFAULT false,
    error boolean NOT NULL DEFAULT false,
    tries integer NOT NULL DEFAULT 0,
    created_at timestamp NOT NULL,
    locked timestamptz,
    next_retry_at timestamp,
    archived boolean NOT NULL DEFAULT false
);
CREATE INDEX event_log_fetch_events ON hdb_catalog.event_log (locked NULLS FIRST, next_retry_at NULLS FIRST, created_at)
    WHERE delivered = false AND error = false AND archived = false;
CREATE TABLE hdb_catalog.event_invocation_logs (
    id bigserial PRIMARY KEY,
    event_id bigint REFERENCES hdb_catalog.event_log (id),
    status integer,
    request json,
    response json,
    created_at timestamp NOT NULL
);
CREATE FUNCTION hdb_catalog.insert_event_log(schema_name text, table_name text, trigger_name text, op text, row_data json, at timestamp)
RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
    id bigint;
    payload json;
BEGIN
    payload := json_build_object('op', op, 'data', row_data);
    INSERT INTO hdb_catalog.event_log (schema_name, table_name, trigger_name, payload, created_at)
    VALUES (schema_name, table_name, trigger_name, payload::jsonb, at)
    RETURNING event_log.id INTO id;
    RETURN id;
END;
$$;

CREATE TABLE public.customers (id serial PRIMARY KEY, email text NOT NULL UNIQUE, created_at timestamp NOT NULL);
INSERT INTO hdb_catalog.hdb_metadata (id, metadata, resource_version)
VALUES (1, '{"version": 3, "sources": [{"name": "default", "kind": "postgres", "tables": [{"table": {"schema": "public", "name": "customers"}}]}]}', 7);
INSERT INTO hdb_catalog.hdb_version (hasura_uuid, version, upgraded_on)
VALUES ('3d2f7f3c-4b7e-4f0a-9a56-0a1d9d2c7e11', '48', timestamptz '2024-02-01 10:00:00+00');
INSERT INTO public.customers (email, created_at)
SELECT 'customer' || g || '@shop.test', timestamp '2024-01-01' + g * interval '6 hours' FROM generate_series(1, 80) g ORDER BY g;
INSERT INTO hdb_catalog.event_log (schema_name, table_name, trigger_name, payload, delivered, tries, created_at)
SELECT 'public', 'customers', 'customer_created', jsonb_build_object('op', 'INSERT', 'data', jsonb_build_object('new', jsonb_build_object('id', g))),
       g % 5 <> 0, g % 3, timestamp '2024-01-01' + g * interval '6 hours'
FROM generate_series(1, 80) g ORDER BY g;
INSERT INTO hdb_catalog.event_invocation_logs (event_id, status, request, response, created_at)
SELECT g, 200, json_build_object('id', g), '{"ok": true}', timestamp '2024-01-01' + g * interval '6 hours' + interval '1 second'
FROM generate_series(1, 80) g WHERE g % 5 <> 0 ORDER BY g;
