ALTER TABLE products ADD COLUMN new_price_cents INTEGER;
UPDATE products SET new_price_cents = price_cents + price_cents / 10;
UPDATE products SET price_cents = new_price_cents WHERE id % 2 = 0;
ALTER TABLE products DROP COLUMN new_price_cents;
