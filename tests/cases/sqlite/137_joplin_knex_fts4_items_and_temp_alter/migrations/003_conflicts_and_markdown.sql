-- Conflict copies are deleted (the triggers drop them from the index), todos re-titled, one note added.
INSERT INTO deleted_items (item_type, item_id, deleted_time) SELECT 1, id, 1610000000000 FROM notes WHERE is_conflict = 1 ORDER BY id;
DELETE FROM notes WHERE is_conflict = 1;
UPDATE notes SET title = '[x] ' || title, updated_time = 1610000000000 WHERE is_todo = 1 AND todo_completed > 0;
UPDATE notes SET markup_language = 2 WHERE body LIKE '%<%>%' OR source_url <> '';
INSERT INTO notes (id, parent_id, title, body, created_time, updated_time) VALUES (printf('n%031d', 999), printf('f%031d', 2), 'Kayak checklist', 'paddle; spray deck -- and a pump', 1610000000000, 1610000000000);
