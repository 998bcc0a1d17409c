-- A CRM's newsletter module (listmonk-like): key/value settings stored as jsonb, campaigns that
-- point at templates, roles with text[] permissions, and a materialized view of list statistics.
CREATE TYPE content_type AS ENUM ('richtext', 'html', 'plain', 'markdown');
CREATE TYPE subscription_status AS ENUM ('unconfirmed', 'confirmed', 'unsubscribed');

CREATE TABLE settings (
    key text NOT NULL UNIQUE,
    value jsonb NOT NULL DEFAULT '{}',
    updated_at timestamptz DEFAULT now()
);
CREATE INDEX idx_settings_key ON settings (key);

CREATE TABLE templates (
    id serial PRIMARY KEY,
    name text NOT NULL,
    body text NOT NULL,
    is_default boolean NOT NULL DEFAULT false
);

CREATE TABLE campaigns (
    id serial PRIMARY KEY,
    name text NOT NULL,
    content_type content_type NOT NULL DEFAULT 'richtext',
    template_id integer REFERENCES templates (id) ON DELETE SET DEFAULT DEFAULT 1,
    archive_template_id integer REFERENCES templates (id) ON DELETE SET DEFAULT DEFAULT 1
);

CREATE TABLE roles (
    id serial PRIMARY KEY,
    name text NOT NULL UNIQUE,
    permissions text[] NOT NULL DEFAULT '{}'
);

CREATE TABLE lists (id serial PRIMARY KEY, name text NOT NULL);
CREATE TABLE subscribers (id serial PRIMARY KEY, email text NOT NULL UNIQUE);
CREATE TABLE subscriber_lists (
    subscriber_id integer NOT NULL REFERENCES subscribers (id) ON DELETE CASCADE,
    list_id integer NOT NULL REFERENCES lists (id) ON DELETE CASCADE,
    status subscription_status NOT NULL DEFAULT 'unconfirmed',
    PRIMARY KEY (subscriber_id, list_id)
);

CREATE MATERIALIZED VIEW mat_list_subscriber_stats AS
SELECT lists.id AS list_id, subscriber_lists.status, COUNT(*) AS subscriber_count FROM lists
LEFT JOIN subscriber_lists ON (subscriber_lists.list_id = lists.id)
GROUP BY lists.id, subscriber_lists.status
UNION ALL
SELECT 0 AS list_id, NULL AS status, COUNT(id) AS subscriber_count FROM subscribers;
CREATE UNIQUE INDEX mat_list_subscriber_stats_idx ON mat_list_subscriber_stats (list_id, status);

INSERT INTO settings (key, value, updated_at) VALUES
  ('app.root_url', '"https://crm.example.com"', timestamptz '2024-01-01 00:00:00+00'),
  ('app.concurrency', '10', timestamptz '2024-01-01 00:00:00+00'),
  ('upload.s3.expiry', '"14d"', timestamptz '2024-01-01 00:00:00+00'),
  ('smtp', '[{"host": "smtp1.example.com", "port": 587}, {"host": "smtp2.example.com", "port": 25, "msg_retry_delay": "5ms"}]',
   timestamptz '2024-01-01 00:00:00+00');

INSERT INTO templates (name, body, is_default) VALUES
  ('Default', '<p>{{ .Body }}</p>', true), ('Plain', '{{ .Body }}', false), ('Archive', '<main>{{ .Body }}</main>', false);

INSERT INTO campaigns (name, content_type, template_id, archive_template_id)
SELECT 'Campaign ' || g, (ARRAY['richtext', 'html', 'plain', 'markdown']::content_type[])[g % 4 + 1],
       g % 3 + 1, CASE WHEN g % 5 = 0 THEN 3 ELSE 1 END
FROM generate_series(1, 40) AS g;

INSERT INTO roles (name, permissions) VALUES
  ('Super Admin', '{lists:get_all,lists:manage_all,campaigns:get}'),
  ('Editor', '{campaigns:get}'),
  ('Viewer', '{}');

INSERT INTO lists (name) SELECT 'List ' || g FROM generate_series(1, 5) AS g;
INSERT INTO subscribers (email) SELECT 'reader' || g || '@example.com' FROM generate_series(1, 150) AS g;
INSERT INTO subscriber_lists (subscriber_id, list_id, status)
SELECT g, g % 5 + 1, (ARRAY['unconfirmed', 'confirmed', 'unsubscribed']::subscription_status[])[g % 3 + 1]
FROM generate_series(1, 150) AS g;
REFRESH MATERIALIZED VIEW mat_list_subscriber_stats;
