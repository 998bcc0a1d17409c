-- A Supabase-style project tracker. The first migration creates three tables whose RLS policies read
-- each other (a cycle), so whatever order the reverse drops the tables in, a policy of a table still
-- there depends on the one being dropped.
DO $$ BEGIN CREATE ROLE authenticated; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE SCHEMA auth;
CREATE FUNCTION auth.uid() RETURNS uuid LANGUAGE sql STABLE AS $$ SELECT nullif(current_setting('request.jwt.claim.sub', true), '')::uuid $$;
