-- Scenic update_view ... materialized: drop dependants, drop, create v2, re-create dependants
DROP VIEW recommended_languages;
DROP MATERIALIZED VIEW follow_recommendations;
DROP MATERIALIZED VIEW account_summaries;
CREATE MATERIALIZED VIEW account_summaries AS
  SELECT accounts.id AS account_id,
         mode() WITHIN GROUP (ORDER BY t0.language ASC) AS language,
         count(*) AS recent_statuses
  FROM accounts
  CROSS JOIN LATERAL (
    SELECT statuses.language FROM statuses
    WHERE statuses.account_id = accounts.id AND statuses.reblog_of_id IS NULL
    ORDER BY statuses.id DESC LIMIT 20
  ) t0
  WHERE accounts.suspended_at IS NULL AND accounts.discoverable = true AND accounts.domain IS NULL
  GROUP BY accounts.id
WITH NO DATA;
CREATE UNIQUE INDEX index_account_summaries_on_account_id ON account_summaries (account_id);
REFRESH MATERIALIZED VIEW account_summaries;
CREATE MATERIALIZED VIEW global_follow_recommendations AS
  SELECT s.account_id, count(f.id)::numeric * s.recent_statuses AS rank
  FROM account_summaries s JOIN follows f ON f.target_account_id = s.account_id
  GROUP BY s.account_id, s.recent_statuses;
CREATE UNIQUE INDEX index_global_follow_recommendations_on_account_id ON global_follow_recommendations (account_id);
CREATE VIEW recommended_languages AS
  SELECT s.language, count(*) AS accounts FROM global_follow_recommendations r JOIN account_summaries s USING (account_id) GROUP BY s.language;
DELETE FROM accounts WHERE suspended_at IS NOT NULL;
