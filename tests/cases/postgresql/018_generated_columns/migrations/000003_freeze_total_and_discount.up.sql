UPDATE line_items SET discount_pct = 20 WHERE quantity >= 12;
ALTER TABLE line_items ALTER COLUMN total DROP EXPRESSION;
UPDATE line_items SET total = 0 WHERE id = 1;
