CREATE MATERIALIZED VIEW follow_recommendations AS
  SELECT t0.account_id, sum(t0.rank) AS rank, array_agg(t0.reason) AS reason
  FROM (
    SELECT account_summaries.account_id, count(follows.id) / (1.0 + count(follows.id)) AS rank, 'most_followed' AS reason
    FROM follows
    JOIN account_summaries ON account_summaries.account_id = follows.target_account_id
    JOIN accounts ON accounts.id = follows.account_id
    WHERE accounts.suspended_at IS NULL AND follows.created_at >= '2023-02-05'
    GROUP BY account_summaries.account_id
    HAVING count(follows.id) >= 2
  ) t0
  GROUP BY t0.account_id
  ORDER BY sum(t0.rank) DESC;
CREATE UNIQUE INDEX index_follow_recommendations_on_account_id ON follow_recommendations (account_id);
CREATE VIEW recommended_languages AS
  SELECT s.language, count(*) AS accounts FROM follow_recommendations r JOIN account_summaries s USING (account_id) GROUP BY s.language;
