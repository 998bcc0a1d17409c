-- the earlier backfill left last_sign_in_at empty; fix it without ever failing the deploy
do $$
BEGIN
UPDATE portal_auth.identities
  SET last_sign_in_at = '2022-11-25'
    WHERE
        last_sign_in_at IS NULL AND
        created_at = '2022-11-25' AND
        updated_at = '2022-11-25' AND
        provider = 'email' AND
        id::text = user_id::text;
EXCEPTION
    WHEN OTHERS THEN
        RAISE NOTICE 'Error in backfill migration: %', SQLERRM;
END $$;

alter table only portal_auth.users
  add column if not exists is_sso_user boolean not null default false;

comment on column portal_auth.users.is_sso_user is 'Auth: Set this column to true when the account comes from SSO. These accounts can have duplicate emails.';

do $$
begin
  alter table only portal_auth.users
    drop constraint if exists users_email_key;
exception
when SQLSTATE '2BP01' then
  raise notice 'Unable to drop users_email_key constraint due to dependent objects';
end $$;

create unique index if not exists users_email_partial_key on portal_auth.users (email, organization_id, project_id) where (is_sso_user = false);

comment on index portal_auth.users_email_partial_key is 'Auth: A partial unique index that applies only when is_sso_user is false';
