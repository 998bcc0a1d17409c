-- the purge moves to a procedure; is_member gets a third argument
DROP FUNCTION private.purge_clinic(int);
CREATE PROCEDURE private.purge_clinic(p_clinic int) LANGUAGE sql AS $$
    DELETE FROM public.clinics WHERE id = p_clinic
$$;
REVOKE ALL ON PROCEDURE private.purge_clinic(int) FROM PUBLIC;
DROP FUNCTION public.is_member(int, int);
CREATE FUNCTION public.is_member(p_clinic int, p_user int, p_role text DEFAULT NULL) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = '' AS $$
    SELECT EXISTS (SELECT 1 FROM public.memberships
                    WHERE clinic_id = p_clinic AND user_id = p_user AND (p_role IS NULL OR role = p_role))
$$;
REVOKE EXECUTE ON FUNCTION public.is_member(int, int, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION public.is_member(int, int, text) TO authenticated, anon;
DROP SCHEMA private CASCADE;
