-- pin the helpers' search_path, enable RLS and let the admin role pass SELECT on
do $$
begin
    create or replace function portal_auth.uid()
        returns uuid
        set search_path to ''
    as $func$
        select nullif(current_setting('request.jwt.claim.sub', true), '')::uuid;
    $func$ language sql stable;

    create or replace function portal_auth.role()
        returns text
        set search_path to ''
    as $func$
        select nullif(current_setting('request.jwt.claim.role', true), '')::text;
    $func$ language sql stable;
end $$;

do $$ begin
    alter table portal_auth.users enable row level security;
    alter table portal_auth.identities enable row level security;
    alter table portal_auth.mfa_factors enable row level security;
    grant select on portal_auth.users to crm_auth_admin with grant option;
    grant select on portal_auth.identities to crm_auth_admin with grant option;
    grant select on portal_auth.mfa_factors to crm_auth_admin;
end $$;

alter table portal_auth.mfa_factors drop constraint if exists mfa_factors_phone_key;
do $$
begin
    if exists (
         select 1
         from pg_indexes
         where indexname = 'unique_verified_phone_factor'
         and schemaname = 'portal_auth'
    ) then
        execute 'alter index portal_auth.unique_verified_phone_factor rename to unique_phone_factor_per_user';
    end if;
end $$;

-- accounts of the retired organization go, with their identities and factors
delete from portal_auth.users where organization_id = 3 and last_sign_in_at is null;
