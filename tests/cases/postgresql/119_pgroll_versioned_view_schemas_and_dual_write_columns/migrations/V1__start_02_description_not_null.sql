-- pgroll start: a shadow column, two triggers, the new version's views
ALTER TABLE public.users ADD COLUMN _pgroll_new_description text;
COMMENT ON COLUMN public.users._pgroll_new_description IS 'pgroll: description NOT NULL (02)';
CREATE FUNCTION public._pgroll_trigger_users_description() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    latest_schema text;
BEGIN
    SELECT current_setting('search_path') INTO latest_schema;
    IF latest_schema <> 'public_02_description_not_null' THEN
        NEW._pgroll_new_description := coalesce(NEW.description, 'description for ' || NEW.name);
    END IF;
    RETURN NEW;
END; $$;
CREATE TRIGGER _pgroll_trigger_users_description BEFORE INSERT OR UPDATE ON public.users
    FOR EACH ROW EXECUTE FUNCTION public._pgroll_trigger_users_description();
CREATE FUNCTION public._pgroll_trigger_users__pgroll_new_description() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('search_path') = 'public_02_description_not_null' THEN
        NEW.description := NEW._pgroll_new_description;
    END IF;
    RETURN NEW;
END; $$;
CREATE TRIGGER _pgroll_trigger_users__pgroll_new_description BEFORE INSERT OR UPDATE ON public.users
    FOR EACH ROW EXECUTE FUNCTION public._pgroll_trigger_users__pgroll_new_description();
ALTER TABLE public.users ADD CONSTRAINT _pgroll_check_not_null_description CHECK (_pgroll_new_description IS NOT NULL) NOT VALID;
CREATE SCHEMA public_02_description_not_null;
CREATE VIEW public_02_description_not_null.users AS
    SELECT id, name, _pgroll_new_description AS description FROM public.users;
INSERT INTO pgroll.migrations (schema, name, migration, created_at, updated_at, parent)
VALUES ('public', '02_description_not_null',
        '{"operations": [{"alter_column": {"table": "users", "column": "description", "nullable": false, "up": "COALESCE(description, ''description for '' || name)", "down": "description"}}]}',
        timestamptz '2024-05-02 08:00+00', timestamptz '2024-05-02 08:00+00', '01_initial');
