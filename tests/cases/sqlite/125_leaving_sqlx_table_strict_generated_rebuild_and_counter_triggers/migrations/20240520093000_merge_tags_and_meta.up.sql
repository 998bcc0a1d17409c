-- "Reading" and "reading" are merged: links move to the lower-case tag (the triggers keep the counts)
INSERT OR IGNORE INTO bookmark_tags (bookmark_id, tag_id)
SELECT bt.bookmark_id, keep.id
FROM bookmark_tags bt
JOIN tags t ON t.id = bt.tag_id
JOIN tags keep ON keep.name = lower(t.name) AND keep.id <> t.id
ORDER BY bt.bookmark_id;

DELETE FROM bookmark_tags WHERE tag_id IN (SELECT id FROM tags WHERE name <> lower(name));
DELETE FROM tags WHERE name <> lower(name);

-- archived bookmarks lose their tags
DELETE FROM bookmark_tags WHERE bookmark_id IN (SELECT id FROM bookmarks WHERE archived = 1);

-- counts recomputed for tags without any link left (UPSERT backfill)
INSERT INTO tag_counts (tag_id, n)
SELECT t.id, (SELECT count(*) FROM bookmark_tags bt WHERE bt.tag_id = t.id) FROM tags t WHERE true
ON CONFLICT (tag_id) DO UPDATE SET n = excluded.n;

-- import details leave meta; the source kind is flattened
UPDATE bookmarks
SET meta = json_remove(json_set(meta, '$.imported', json_extract(meta, '$.source.kind') = 'import'), '$.source')
WHERE json_type(meta, '$.source') = 'object';

INSERT INTO migrations (name) VALUES ('20240520093000_merge_tags_and_meta.sql');
