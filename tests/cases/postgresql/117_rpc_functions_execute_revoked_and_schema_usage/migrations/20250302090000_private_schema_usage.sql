REVOKE ALL ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO anon, authenticated, app_admin;
GRANT USAGE ON SCHEMA private TO app_admin;
GRANT CREATE ON SCHEMA private TO app_admin;
ALTER FUNCTION public.clinic_count() SECURITY DEFINER;
REVOKE EXECUTE ON FUNCTION public.clinic_count() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION public.clinic_count() TO anon;
SELECT public.set_plan(id, 'enterprise') FROM public.clinics WHERE id % 10 = 0 ORDER BY id;
