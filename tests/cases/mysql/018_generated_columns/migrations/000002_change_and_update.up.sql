ALTER TABLE line_items MODIFY total DECIMAL(10,2) AS (qty * unit_price * 0.9) STORED;
UPDATE line_items SET qty = qty + 1 WHERE id % 4 = 0;
