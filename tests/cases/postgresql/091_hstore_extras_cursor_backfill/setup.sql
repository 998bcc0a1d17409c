-- A CRM's user accounts keep loose preferences in an hstore column (miniflux-like), and the
-- attachments of activities were stored without a uniqueness rule.
CREATE EXTENSION IF NOT EXISTS hstore;

CREATE TABLE accounts (
    id serial PRIMARY KEY,
    username text NOT NULL UNIQUE,
    extra hstore,
    double_tap boolean DEFAULT 't',
    last_ip text
);
CREATE INDEX accounts_extra_idx ON accounts USING gin (extra);

CREATE TABLE activities (
    id bigserial PRIMARY KEY,
    account_id int NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    title text NOT NULL,
    body text,
    published_at timestamptz NOT NULL
);

CREATE TABLE attachments (
    id bigserial PRIMARY KEY,
    account_id int NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    activity_id bigint NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
    url text NOT NULL,
    size int DEFAULT 0
);
CREATE INDEX attachments_account_activity_url_idx ON attachments (account_id, activity_id, md5(url));

INSERT INTO accounts (username, extra, double_tap, last_ip)
SELECT 'agent' || g,
       CASE WHEN g % 5 = 0 THEN NULL
            ELSE hstore(ARRAY['custom_css', 'google_id', 'oidc_id'],
                        ARRAY['.card{margin:' || g || 'px}', CASE WHEN g % 2 = 0 THEN 'g-' || g END, CASE WHEN g % 3 = 0 THEN 'o-' || g END])
       END,
       CASE WHEN g % 7 = 0 THEN NULL ELSE g % 3 <> 0 END,
       '10.1.' || (g % 50) || '.' || (g % 200)
FROM generate_series(1, 60) AS g;

INSERT INTO activities (account_id, title, body, published_at)
SELECT g % 60 + 1, 'Call with lead ' || g, CASE WHEN g % 4 <> 0 THEN 'Discussed renewal; next step #' || g END,
       timestamptz '2024-01-01 00:00:00+00' + g * interval '2 hours'
FROM generate_series(1, 200) AS g;

INSERT INTO attachments (account_id, activity_id, url, size)
SELECT a.account_id, a.id, 'https://files.example.com/' || a.id || '/' || k || '.pdf', k * 1000
FROM activities a CROSS JOIN generate_series(1, 2) AS k;
-- duplicates the dedupe migration removes
INSERT INTO attachments (account_id, activity_id, url, size)
SELECT account_id, activity_id, url, size + 1 FROM attachments WHERE activity_id % 9 = 0 AND id % 2 = 1 ORDER BY id;
