CREATE TABLE line_items (
    id integer PRIMARY KEY,
    quantity integer NOT NULL,
    unit_price numeric(10,2) NOT NULL,
    discount_pct integer NOT NULL DEFAULT 0,
    total numeric(12,2) GENERATED ALWAYS AS (round(quantity * unit_price * (100 - discount_pct) / 100.0, 2)) STORED
);
INSERT INTO line_items (id, quantity, unit_price, discount_pct)
SELECT i, i % 15 + 1, 1.99 * (i % 7 + 1), (i % 4) * 5 FROM generate_series(1, 40) i;
