ALTER TABLE products DROP COLUMN region, DROP COLUMN title;
