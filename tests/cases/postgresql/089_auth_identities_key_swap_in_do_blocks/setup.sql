-- A CRM's login service in its own schema (GoTrue-like): users, identities keyed by the
-- provider's id, helper functions reading JWT claims. Roles are cluster-wide: created idempotently.
DO $$ BEGIN CREATE ROLE crm_auth_admin; EXCEPTION WHEN duplicate_object THEN NULL; END $$;

CREATE SCHEMA portal_auth;

CREATE TABLE portal_auth.users (
    id uuid PRIMARY KEY,
    email varchar(255) UNIQUE,
    phone varchar(15) DEFAULT NULL,
    phone_change varchar(15) DEFAULT '',
    organization_id int,
    project_id int,
    created_at timestamptz NOT NULL,
    last_sign_in_at timestamptz
);

CREATE TABLE portal_auth.identities (
    id text NOT NULL,
    user_id uuid NOT NULL REFERENCES portal_auth.users (id) ON DELETE CASCADE,
    provider text NOT NULL,
    identity_data jsonb NOT NULL,
    last_sign_in_at timestamptz,
    created_at timestamptz,
    updated_at timestamptz,
    CONSTRAINT identities_pkey PRIMARY KEY (provider, id)
);
CREATE INDEX identities_user_id_idx ON portal_auth.identities USING btree (user_id);

CREATE TABLE portal_auth.mfa_factors (
    id uuid PRIMARY KEY,
    user_id uuid NOT NULL REFERENCES portal_auth.users (id) ON DELETE CASCADE,
    phone text UNIQUE,
    status text NOT NULL,
    created_at timestamptz NOT NULL
);
CREATE UNIQUE INDEX unique_verified_phone_factor ON portal_auth.mfa_factors (user_id, phone) WHERE status = 'verified';

CREATE FUNCTION portal_auth.uid() RETURNS uuid LANGUAGE sql STABLE AS $$
  select nullif(current_setting('request.jwt.claim.sub', true), '')::uuid;
$$;
CREATE FUNCTION portal_auth.role() RETURNS text LANGUAGE sql STABLE AS $$
  select nullif(current_setting('request.jwt.claim.role', true), '')::text;
$$;

INSERT INTO portal_auth.users (id, email, phone, phone_change, organization_id, project_id, created_at, last_sign_in_at)
SELECT md5('user' || g)::uuid, 'person' || g || '@example.com',
       CASE WHEN g % 3 = 0 THEN '+1555' || lpad(g::text, 6, '0') END, '',
       g % 4, g % 2, timestamptz '2022-11-01 00:00:00+00' + g * interval '1 hour',
       CASE WHEN g % 5 <> 0 THEN timestamptz '2022-12-01 00:00:00+00' + g * interval '1 hour' END
FROM generate_series(1, 120) AS g;

INSERT INTO portal_auth.identities (id, user_id, provider, identity_data, last_sign_in_at, created_at, updated_at)
SELECT md5('user' || g)::uuid::text, md5('user' || g)::uuid, 'email',
       jsonb_build_object('sub', md5('user' || g)::uuid::text, 'email', 'person' || g || '@example.com'),
       CASE WHEN g % 4 = 0 THEN NULL ELSE timestamptz '2022-11-25 00:00:00+00' END,
       timestamptz '2022-11-25 00:00:00+00', timestamptz '2022-11-25 00:00:00+00'
FROM generate_series(1, 120) AS g;
INSERT INTO portal_auth.identities (id, user_id, provider, identity_data, created_at, updated_at)
SELECT 'gh-' || g, md5('user' || g)::uuid, 'github', jsonb_build_object('login', 'dev' || g),
       timestamptz '2023-01-05 00:00:00+00', timestamptz '2023-01-05 00:00:00+00'
FROM generate_series(1, 120, 7) AS g;

INSERT INTO portal_auth.mfa_factors (id, user_id, phone, status, created_at)
SELECT md5('factor' || g)::uuid, md5('user' || g)::uuid, '+1444' || lpad(g::text, 6, '0'),
       CASE WHEN g % 2 = 0 THEN 'verified' ELSE 'unverified' END, timestamptz '2023-02-01 00:00:00+00'
FROM generate_series(1, 120, 5) AS g;
