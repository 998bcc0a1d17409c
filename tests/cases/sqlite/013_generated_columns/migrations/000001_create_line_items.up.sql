CREATE TABLE line_items (
    id INTEGER PRIMARY KEY,
    quantity INTEGER NOT NULL,
    unit_price_cents INTEGER NOT NULL,
    discount_pct INTEGER NOT NULL DEFAULT 0,
    total_cents INTEGER GENERATED ALWAYS AS (quantity * unit_price_cents * (100 - discount_pct) / 100) STORED,
    is_bulk INTEGER AS (quantity >= 10) VIRTUAL
);
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 40)
INSERT INTO line_items (id, quantity, unit_price_cents, discount_pct) SELECT i, i % 15 + 1, 199 * (i % 7 + 1), (i % 4) * 5 FROM n;
