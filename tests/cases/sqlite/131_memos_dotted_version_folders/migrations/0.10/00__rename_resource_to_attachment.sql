ALTER TABLE resource RENAME TO attachment;
DROP INDEX IF EXISTS idx_resource_memo_id;
CREATE INDEX idx_attachment_memo_id ON attachment (memo_id);
-- tags move from the payload into a generated column read by an expression index
ALTER TABLE memo ADD COLUMN tags TEXT GENERATED ALWAYS AS (json_extract(payload, '$.property.tags')) VIRTUAL;
CREATE INDEX idx_memo_tags ON memo (json_array_length(payload, '$.property.tags')) WHERE payload <> '{}';
