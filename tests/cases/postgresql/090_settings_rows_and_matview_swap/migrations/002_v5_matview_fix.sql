-- A new materialized view with the fixed count, swapped in for the old one.
CREATE MATERIALIZED VIEW IF NOT EXISTS mat_list_subscriber_stats_v5 AS
SELECT lists.id AS list_id, subscriber_lists.status, COUNT(subscriber_lists.status) AS subscriber_count FROM lists
LEFT JOIN subscriber_lists ON (subscriber_lists.list_id = lists.id)
GROUP BY lists.id, subscriber_lists.status
UNION ALL
SELECT 0 AS list_id, NULL AS status, COUNT(id) AS subscriber_count FROM subscribers;

DROP INDEX IF EXISTS mat_list_subscriber_stats_idx;
DROP MATERIALIZED VIEW IF EXISTS mat_list_subscriber_stats;

ALTER MATERIALIZED VIEW mat_list_subscriber_stats_v5 RENAME TO mat_list_subscriber_stats;
CREATE UNIQUE INDEX IF NOT EXISTS mat_list_subscriber_stats_idx ON mat_list_subscriber_stats (list_id, status);
