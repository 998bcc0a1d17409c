-- An identity provider (authentik-like, Django): providers use multi-table inheritance (the
-- child's primary key is a one-to-one FK to the parent), django_content_type and
-- django_migrations rows, hashed constraint names, DEFERRABLE INITIALLY DEFERRED FKs.
CREATE TABLE django_migrations (id bigserial PRIMARY KEY, app varchar(255) NOT NULL, name varchar(255) NOT NULL, applied timestamptz NOT NULL);
CREATE TABLE django_content_type (id serial PRIMARY KEY, app_label varchar(100) NOT NULL, model varchar(100) NOT NULL,
    CONSTRAINT django_content_type_app_label_model_76bd3d3b_uniq UNIQUE (app_label, model));
CREATE TABLE authentik_core_provider (
    id serial PRIMARY KEY,
    name text NOT NULL,
    authorization_flow_id varchar(36) NOT NULL,
    property_mappings_json text NOT NULL DEFAULT '[]'
);
CREATE TABLE authentik_providers_oauth2_oauth2provider (
    provider_ptr_id integer NOT NULL PRIMARY KEY
        CONSTRAINT authentik_providers__provider_ptr_id_9f7b3e52_fk_authentik REFERENCES authentik_core_provider (id) DEFERRABLE INITIALLY DEFERRED,
    client_type varchar(30) NOT NULL,
    client_id varchar(255) NOT NULL UNIQUE,
    redirect_uris text NOT NULL
);
CREATE TABLE authentik_providers_proxy_proxyprovider (
    oauth2provider_ptr_id integer NOT NULL PRIMARY KEY
        CONSTRAINT authentik_providers__oauth2provider_ptr__b5a7c0e1_fk_authentik REFERENCES authentik_providers_oauth2_oauth2provider (provider_ptr_id) DEFERRABLE INITIALLY DEFERRED,
    internal_host text NOT NULL,
    external_host text NOT NULL
);
CREATE TABLE authentik_core_token (
    token_uuid varchar(36) NOT NULL PRIMARY KEY,
    identifier varchar(255) NOT NULL UNIQUE,
    provider_id integer REFERENCES authentik_core_provider (id) DEFERRABLE INITIALLY DEFERRED,
    expires timestamptz
);
CREATE INDEX authentik_core_token_provider_id_4c1b9a33 ON authentik_core_token (provider_id);
INSERT INTO django_content_type (app_label, model) VALUES ('authentik_core', 'provider'), ('authentik_providers_oauth2', 'oauth2provider'),
    ('authentik_providers_proxy', 'proxyprovider'), ('authentik_core', 'token');
INSERT INTO django_migrations (app, name, applied) SELECT 'authentik_core', lpad(g::text, 4, '0') || '_auto', timestamptz '2023-01-01 00:00+00' + g * interval '1 minute'
FROM generate_series(1, 12) g ORDER BY g;
INSERT INTO authentik_core_provider (name, authorization_flow_id, property_mappings_json)
SELECT 'provider ' || g, '3f1c2a40-0000-4000-8000-' || lpad(to_hex(g % 4), 12, '0'), '["' || md5('m' || g) || '"]' FROM generate_series(1, 60) g ORDER BY g;
INSERT INTO authentik_providers_oauth2_oauth2provider SELECT g, CASE WHEN g % 3 = 0 THEN 'public' ELSE 'confidential' END, md5('client' || g), 'https://app' || g || '.test/callback'
FROM generate_series(1, 60) g WHERE g % 2 = 0 ORDER BY g;
INSERT INTO authentik_providers_proxy_proxyprovider SELECT g, 'http://internal-' || g || ':8080', 'https://app' || g || '.test'
FROM generate_series(1, 60) g WHERE g % 4 = 0 ORDER BY g;
INSERT INTO authentik_core_token SELECT '7e57c0de-0000-4000-8000-' || lpad(to_hex(g), 12, '0'), 'token-' || g, CASE WHEN g % 5 = 0 THEN NULL ELSE 1 + g % 60 END,
    timestamptz '2025-01-01 00:00+00' + g * interval '1 day' FROM generate_series(1, 140) g ORDER BY g;
