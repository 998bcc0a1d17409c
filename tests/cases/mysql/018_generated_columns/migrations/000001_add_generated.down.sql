ALTER TABLE line_items DROP COLUMN total;
