-- A Supabase / Nhost backend whose RPC functions were created with PostgreSQL's default
-- EXECUTE for PUBLIC; later hardening migrations take it away and grant it per role.
DO $$ BEGIN CREATE ROLE anon NOLOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE authenticated NOLOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE app_admin NOLOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE SCHEMA private;
CREATE TABLE public.clinics (id int PRIMARY KEY, name text NOT NULL, plan text NOT NULL DEFAULT 'free');
CREATE TABLE public.memberships (
    clinic_id int NOT NULL REFERENCES public.clinics (id) ON DELETE CASCADE,
    user_id int NOT NULL,
    role text NOT NULL CHECK (role IN ('owner', 'staff', 'viewer')),
    PRIMARY KEY (clinic_id, user_id)
);
CREATE TABLE private.audit (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, clinic_id int, note text NOT NULL);
GRANT SELECT ON public.clinics TO anon, authenticated;
GRANT SELECT, INSERT, UPDATE ON public.memberships TO authenticated;

CREATE FUNCTION public.is_member(p_clinic int, p_user int) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER AS $$
    SELECT EXISTS (SELECT 1 FROM public.memberships WHERE clinic_id = p_clinic AND user_id = p_user)
$$;
CREATE FUNCTION public.set_plan(p_clinic int, p_plan text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    UPDATE public.clinics SET plan = p_plan WHERE id = p_clinic;
    INSERT INTO private.audit (clinic_id, note) VALUES (p_clinic, 'plan -> ' || p_plan);
END $$;
CREATE FUNCTION public.clinic_count() RETURNS bigint LANGUAGE sql STABLE AS $$ SELECT count(*) FROM public.clinics $$;
CREATE FUNCTION private.purge_clinic(p_clinic int) RETURNS void LANGUAGE sql AS $$
    DELETE FROM public.clinics WHERE id = p_clinic
$$;
CREATE PROCEDURE private.rotate_audit(keep int) LANGUAGE sql AS $$
    DELETE FROM private.audit WHERE id <= (SELECT max(id) FROM private.audit) - keep
$$;
GRANT EXECUTE ON FUNCTION public.is_member(int, int) TO authenticated;

INSERT INTO public.clinics (id, name, plan) SELECT g, 'Clinic ' || g, (ARRAY['free', 'pro', 'team'])[1 + g % 3] FROM generate_series(1, 40) g ORDER BY g;
INSERT INTO public.memberships (clinic_id, user_id, role)
SELECT 1 + g % 40, 100 + g, (ARRAY['owner', 'staff', 'viewer'])[1 + g % 3] FROM generate_series(1, 150) g ORDER BY g;
INSERT INTO private.audit (clinic_id, note) SELECT 1 + g % 40, 'seed ' || g FROM generate_series(1, 60) g ORDER BY g;
