ALTER TABLE contacts DROP COLUMN phone;
ALTER TABLE contacts DROP COLUMN created_at;
