ALTER TABLE line_items ADD COLUMN price_band text GENERATED ALWAYS AS (CASE WHEN unit_price < 5 THEN 'low' WHEN unit_price < 10 THEN 'mid' ELSE 'high' END) STORED;
CREATE INDEX line_items_band_idx ON line_items (price_band);
