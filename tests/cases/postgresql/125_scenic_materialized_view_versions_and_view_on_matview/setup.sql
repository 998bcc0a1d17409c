-- A social server (mastodon-like, Rails + Scenic): versioned materialized views
-- (account_summaries_v01 -> v02), refreshed CONCURRENTLY behind a unique index, a plain view
-- reading a materialized view, and global_follow_recommendations built on two of them.
CREATE TABLE accounts (id bigint PRIMARY KEY, username varchar NOT NULL, domain varchar, discoverable boolean, suspended_at timestamp, silenced_at timestamp);
CREATE TABLE statuses (id bigint PRIMARY KEY, account_id bigint NOT NULL REFERENCES accounts (id) ON DELETE CASCADE, language varchar, reblog_of_id bigint, created_at timestamp NOT NULL);
CREATE TABLE follows (id bigint PRIMARY KEY, account_id bigint NOT NULL REFERENCES accounts (id) ON DELETE CASCADE, target_account_id bigint NOT NULL REFERENCES accounts (id) ON DELETE CASCADE, created_at timestamp NOT NULL);
CREATE MATERIALIZED VIEW account_summaries AS
  SELECT accounts.id AS account_id,
         mode() WITHIN GROUP (ORDER BY t0.language ASC) AS language,
         mode() WITHIN GROUP (ORDER BY t0.sensitive ASC) AS sensitive
  FROM accounts
  CROSS JOIN LATERAL (
    SELECT statuses.account_id, statuses.language, false AS sensitive
    FROM statuses
    WHERE statuses.account_id = accounts.id AND statuses.reblog_of_id IS NULL
    ORDER BY statuses.id DESC
    LIMIT 20
  ) t0
  WHERE accounts.suspended_at IS NULL AND accounts.silenced_at IS NULL AND accounts.discoverable = true
  GROUP BY accounts.id;
CREATE UNIQUE INDEX index_account_summaries_on_account_id ON account_summaries (account_id);
INSERT INTO accounts SELECT g, 'user' || g, CASE WHEN g % 4 = 0 THEN 'remote.example' END, g % 5 <> 0,
    CASE WHEN g % 23 = 0 THEN timestamp '2023-05-01' END, NULL FROM generate_series(1, 90) g ORDER BY g;
INSERT INTO statuses SELECT g, 1 + g % 90, (ARRAY['en', 'de', 'ja', NULL])[1 + g % 4], CASE WHEN g % 9 = 0 THEN g - 1 END,
    timestamp '2023-01-01' + g * interval '37 minutes' FROM generate_series(1, 400) g ORDER BY g;
INSERT INTO follows SELECT g, 1 + g % 90, 1 + (g * 7) % 90, timestamp '2023-02-01' + g * interval '2 hours'
FROM generate_series(1, 300) g WHERE 1 + g % 90 <> 1 + (g * 7) % 90 ORDER BY g;
REFRESH MATERIALIZED VIEW account_summaries;
