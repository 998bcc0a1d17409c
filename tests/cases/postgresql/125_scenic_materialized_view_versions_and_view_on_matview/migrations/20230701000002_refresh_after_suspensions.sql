UPDATE accounts SET suspended_at = timestamp '2023-07-01' WHERE id % 17 = 0;
UPDATE accounts SET discoverable = true WHERE discoverable = false AND id % 10 = 0;
REFRESH MATERIALIZED VIEW CONCURRENTLY account_summaries;
REFRESH MATERIALIZED VIEW CONCURRENTLY follow_recommendations;
