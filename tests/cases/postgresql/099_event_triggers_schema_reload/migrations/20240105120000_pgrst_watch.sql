-- Reload PostgREST's schema cache on every DDL command and on every DROP.
CREATE OR REPLACE FUNCTION public.pgrst_watch() RETURNS event_trigger
LANGUAGE plpgsql AS $$
BEGIN
    NOTIFY pgrst, 'reload schema';
END;
$$;

CREATE EVENT TRIGGER pgrst_watch ON ddl_command_end EXECUTE PROCEDURE public.pgrst_watch();

CREATE OR REPLACE FUNCTION public.pgrst_drop_watch() RETURNS event_trigger
LANGUAGE plpgsql AS $$
DECLARE
    obj record;
BEGIN
    FOR obj IN SELECT * FROM pg_event_trigger_dropped_objects() LOOP
        IF obj.object_type IN ('schema', 'table', 'foreign table', 'view', 'materialized view', 'function', 'trigger', 'type', 'rule')
           AND obj.is_temporary IS false THEN
            NOTIFY pgrst, 'reload schema';
        END IF;
    END LOOP;
END;
$$;

CREATE EVENT TRIGGER pgrst_drop_watch ON sql_drop EXECUTE PROCEDURE public.pgrst_drop_watch();

ALTER TABLE todos ADD COLUMN due_on date;
