ALTER TABLE contacts DROP COLUMN owner;
