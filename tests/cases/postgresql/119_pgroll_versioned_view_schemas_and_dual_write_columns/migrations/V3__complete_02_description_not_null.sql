-- pgroll complete: validate, drop the old version and the triggers, swap the column in
ALTER TABLE public.users VALIDATE CONSTRAINT _pgroll_check_not_null_description;
DROP SCHEMA public_01_initial CASCADE;
DROP TRIGGER _pgroll_trigger_users_description ON public.users;
DROP TRIGGER _pgroll_trigger_users__pgroll_new_description ON public.users;
DROP FUNCTION public._pgroll_trigger_users_description();
DROP FUNCTION public._pgroll_trigger_users__pgroll_new_description();
DROP VIEW public_02_description_not_null.users;
ALTER TABLE public.users DROP COLUMN description;
ALTER TABLE public.users RENAME COLUMN _pgroll_new_description TO description;
ALTER TABLE public.users ALTER COLUMN description SET NOT NULL;
ALTER TABLE public.users DROP CONSTRAINT _pgroll_check_not_null_description;
COMMENT ON COLUMN public.users.description IS NULL;
CREATE VIEW public_02_description_not_null.users AS SELECT id, name, description FROM public.users;
UPDATE pgroll.migrations SET done = true, updated_at = timestamptz '2024-05-03 08:00+00',
       resulting_schema = '{"tables": {"users": {"columns": ["id", "name", "description"]}}}'
 WHERE schema = 'public' AND name = '02_description_not_null';
