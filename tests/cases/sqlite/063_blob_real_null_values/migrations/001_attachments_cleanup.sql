UPDATE attachments SET content = x'00FF00FF', ratio = ratio * 2 WHERE id IN (1, 3);
UPDATE attachments SET caption = NULL WHERE caption = '';
ALTER TABLE attachments DROP COLUMN big;
DELETE FROM attachments WHERE id = 5;
