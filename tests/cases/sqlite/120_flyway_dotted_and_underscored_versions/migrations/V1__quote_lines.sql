CREATE TABLE quote_lines (id INTEGER PRIMARY KEY, quote_id INTEGER NOT NULL REFERENCES quotes(id), sku TEXT NOT NULL, qty INTEGER NOT NULL, unit_cents INTEGER NOT NULL);
INSERT INTO quote_lines (quote_id, sku, qty, unit_cents) SELECT id, 'LIC-STD', 1, total_cents FROM quotes ORDER BY id;
