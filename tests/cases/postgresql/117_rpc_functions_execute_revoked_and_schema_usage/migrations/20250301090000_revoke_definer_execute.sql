-- Lint 0029 (security definer functions callable by anon): PUBLIC loses EXECUTE on every
-- SECURITY DEFINER function of schema public, then each is granted to the roles that need it.
DO $$
DECLARE
    f regprocedure;
BEGIN
    FOR f IN SELECT p.oid::regprocedure FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
              WHERE n.nspname = 'public' AND p.prosecdef ORDER BY p.oid::regprocedure::text
    LOOP
        EXECUTE format('REVOKE EXECUTE ON FUNCTION %s FROM PUBLIC, anon', f);
    END LOOP;
END $$;
GRANT EXECUTE ON FUNCTION public.set_plan(int, text) TO app_admin WITH GRANT OPTION;
REVOKE ALL ON FUNCTION private.purge_clinic(int) FROM PUBLIC;
REVOKE EXECUTE ON PROCEDURE private.rotate_audit(int) FROM PUBLIC;
GRANT EXECUTE ON PROCEDURE private.rotate_audit(int) TO app_admin;
ALTER FUNCTION public.is_member(int, int) SET search_path = '';
ALTER FUNCTION public.set_plan(int, text) SET search_path = public, private;
