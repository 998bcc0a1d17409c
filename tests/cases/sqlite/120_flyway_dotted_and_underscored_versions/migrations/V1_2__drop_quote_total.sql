ALTER TABLE quotes DROP COLUMN total_cents;
