ALTER TABLE line_items
  ADD COLUMN total DECIMAL(10,2) AS (qty * unit_price) STORED,
  ADD COLUMN is_bulk TINYINT AS (qty >= 5) VIRTUAL,
  ADD INDEX line_items_total (total);
