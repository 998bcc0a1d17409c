-- Tags differing only by case are merged into the oldest; the removed ones go to the sync journal.
UPDATE note_tags SET tag_id = (SELECT t2.id FROM tags AS t1 JOIN tags AS t2 ON lower(t2.title) = lower(t1.title)
                               WHERE t1.id = note_tags.tag_id ORDER BY t2.created_time, t2.id LIMIT 1);
DELETE FROM note_tags WHERE rowid NOT IN (SELECT min(rowid) FROM note_tags GROUP BY note_id, tag_id);
INSERT INTO deleted_items (item_type, item_id, deleted_time)
SELECT 5, id, 1600000000000 FROM tags AS t WHERE EXISTS (SELECT 1 FROM tags AS o WHERE lower(o.title) = lower(t.title) AND o.created_time < t.created_time) ORDER BY id;
DELETE FROM tags WHERE id IN (SELECT item_id FROM deleted_items WHERE item_type = 5);
CREATE UNIQUE INDEX tags_title_nocase ON tags (title COLLATE NOCASE);
INSERT INTO knex_migrations (name, batch, migration_time) VALUES ('20200601_merge_tags.js', 2, '2020-06-01 00:00:00');
