-- A file-storage service whose schema belongs to its own service role (as Supabase's storage schema
-- belongs to supabase_storage_admin), next to a lookup table numbered by a serial column.
DO $$ BEGIN CREATE ROLE app_user; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE app_admin; EXCEPTION WHEN duplicate_object THEN NULL; END $$;

CREATE SCHEMA files AUTHORIZATION app_admin;
CREATE TABLE files.buckets (
    id text PRIMARY KEY,
    name text NOT NULL UNIQUE,
    size_limit_kb integer,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE files.objects (
    id serial PRIMARY KEY,
    bucket_id text NOT NULL REFERENCES files.buckets (id),
    name text NOT NULL,
    owner uuid,
    meta jsonb NOT NULL DEFAULT '{}'
);
ALTER TABLE files.buckets OWNER TO app_admin;
ALTER TABLE files.objects OWNER TO app_admin;
ALTER TABLE files.objects ENABLE ROW LEVEL SECURITY;

CREATE TABLE access_levels (id serial PRIMARY KEY, name text NOT NULL UNIQUE);
INSERT INTO access_levels (name) VALUES ('owner'), ('developer'), ('guest');

INSERT INTO files.buckets (id, name, size_limit_kb, created_at)
SELECT 'b' || g, 'bucket ' || g, 512 * g, timestamptz '2024-01-01 00:00+00' + g * interval '1 day'
FROM generate_series(1, 5) g;
INSERT INTO files.objects (bucket_id, name, owner, meta)
SELECT 'b' || (1 + g % 5), 'docs/file' || g || '.pdf', md5('user' || (g % 7))::uuid, jsonb_build_object('size', g * 100)
FROM generate_series(1, 60) g ORDER BY g;
