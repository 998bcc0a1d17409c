ALTER TABLE contacts DROP COLUMN phone;
