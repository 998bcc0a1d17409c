-- Every queue's tables move into their own schema; their names come from the registry.
CREATE SCHEMA IF NOT EXISTS outbox;

DO $$
DECLARE
    table_name text;
BEGIN
    FOR table_name IN (SELECT queue_name FROM public.outbox_meta)
    LOOP
        EXECUTE format('ALTER TABLE public.%I SET SCHEMA outbox', 'outbox_' || table_name);
        EXECUTE format('ALTER TABLE public.%I SET SCHEMA outbox', 'outbox_' || table_name || '_archive');
        EXECUTE format('ALTER TABLE outbox.%I RENAME TO %I', 'outbox_' || table_name, 'q_' || table_name);
        EXECUTE format('ALTER TABLE outbox.%I RENAME TO %I', 'outbox_' || table_name || '_archive', 'a_' || table_name);
    END LOOP;
    ALTER TABLE public.outbox_meta SET SCHEMA outbox;
    ALTER TABLE outbox.outbox_meta RENAME TO meta;
END $$;

ALTER TYPE public.outbox_message SET SCHEMA outbox;
DROP FUNCTION public.outbox_create(text, timestamptz);

GRANT USAGE ON SCHEMA outbox TO pg_monitor;
GRANT SELECT ON ALL TABLES IN SCHEMA outbox TO pg_monitor;
GRANT SELECT ON ALL SEQUENCES IN SCHEMA outbox TO pg_monitor;
ALTER DEFAULT PRIVILEGES IN SCHEMA outbox GRANT SELECT ON TABLES TO pg_monitor;
ALTER DEFAULT PRIVILEGES IN SCHEMA outbox GRANT SELECT ON SEQUENCES TO pg_monitor;
