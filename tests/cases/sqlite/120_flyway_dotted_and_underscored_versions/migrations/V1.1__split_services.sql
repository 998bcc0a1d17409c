-- builds on V1's table: must run after it (as text, 'V1.1__' sorts before 'V1__')
INSERT INTO quote_lines (quote_id, sku, qty, unit_cents) SELECT quote_id, 'SVC-ONBOARD', 1, 5000 FROM quote_lines WHERE sku = 'LIC-STD' AND quote_id % 4 = 0 ORDER BY quote_id;
UPDATE quote_lines SET unit_cents = unit_cents - 5000 WHERE sku = 'LIC-STD' AND quote_id % 4 = 0;
