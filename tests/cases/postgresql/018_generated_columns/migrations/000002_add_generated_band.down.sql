ALTER TABLE line_items DROP COLUMN price_band;
