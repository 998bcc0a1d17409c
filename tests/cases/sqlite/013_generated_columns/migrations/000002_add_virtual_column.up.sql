ALTER TABLE line_items ADD COLUMN price_band TEXT GENERATED ALWAYS AS (CASE WHEN unit_price_cents < 500 THEN 'low' WHEN unit_price_cents < 1000 THEN 'mid' ELSE 'high' END) VIRTUAL;
CREATE INDEX line_items_band_idx ON line_items(price_band);
