-- Site statistics kept in meta by a trigger (INSERT OR REPLACE ... SELECT ... UNION
-- SELECT with IFNULL(subquery) and CAST(bool AS INT)); deleted pages leave a
-- tombstone through a TEMP trigger of this connection. Then unvisited low-frecency
-- pages of cold sites are purged, and the emptied sites with them.
CREATE TRIGGER IF NOT EXISTS sites_afterdelete_stats
AFTER DELETE ON sites FOR EACH ROW
BEGIN
    INSERT OR REPLACE INTO meta(key, value)
    SELECT 'origin_frecency_count',
           IFNULL((SELECT value FROM meta WHERE key = 'origin_frecency_count'), 0) - CAST(OLD.frecency > 0 AS INT)
    UNION
    SELECT 'origin_frecency_sum',
           IFNULL((SELECT value FROM meta WHERE key = 'origin_frecency_sum'), 0) - MAX(OLD.frecency, 0);
END;

CREATE TEMP TRIGGER pages_afterdelete_tombstone
AFTER DELETE ON pages FOR EACH ROW WHEN OLD.sync_change_counter > 0
BEGIN
    INSERT OR IGNORE INTO page_tombstones(guid) VALUES (OLD.guid);
END;

DELETE FROM pages
WHERE visit_count < 4 AND frecency < 150
  AND origin_id IN (SELECT id FROM sites WHERE frecency < 80)
  AND id NOT IN (SELECT fk FROM bookmarks WHERE fk NOT NULL)
  AND id NOT IN (SELECT page_id FROM keywords);
DELETE FROM sites
WHERE frecency < 40
  AND NOT EXISTS (SELECT 1 FROM pages p WHERE p.origin_id = sites.id
                  AND (p.id IN (SELECT fk FROM bookmarks WHERE fk NOT NULL) OR p.id IN (SELECT page_id FROM keywords)));
DELETE FROM pages WHERE origin_id NOT IN (SELECT id FROM sites);
PRAGMA user_version = 6;
