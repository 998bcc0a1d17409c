-- Default privileges for the application role, granted the way installers often do it: inside a DO
-- block that tolerates a missing role. They apply to tables created later in public, and nothing
-- but the catalog (pg_default_acl) remembers them.
DO $$
BEGIN
    ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE ON TABLES TO app_user;
    ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE ON SEQUENCES TO app_user;
    ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
EXCEPTION WHEN undefined_object THEN
    RAISE NOTICE 'role app_user is missing; default privileges left as they are';
END
$$;

CREATE TABLE upload_tokens (token text PRIMARY KEY, bucket_id text NOT NULL, expires_at timestamptz NOT NULL);
