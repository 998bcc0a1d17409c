-- Frecencies recomputed lazily: pages of changed sites are marked stale, sites get the
-- best frecency of their pages, and pages with no title are given their URL.
INSERT OR IGNORE INTO stale_frecencies (page_id, stale_at)
SELECT id, 1767225600000 + id FROM pages WHERE frecency < 0 OR title IS NULL;
UPDATE sites SET frecency = IFNULL((SELECT MAX(frecency, 0) FROM (SELECT MAX(frecency) AS frecency FROM pages WHERE origin_id = sites.id)), 0);
UPDATE pages SET title = url, sync_change_counter = sync_change_counter + 1 WHERE title IS NULL;
INSERT OR REPLACE INTO meta(key, value) VALUES ('origin_frecency_count', (SELECT count(*) FROM sites WHERE frecency > 0));
PRAGMA user_version = 7;
