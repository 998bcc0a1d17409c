BEGIN;
UPDATE products SET price_cents = price_cents + 100 WHERE id % 5 = 0;
COMMIT;
