ALTER TABLE contacts RENAME COLUMN full_name TO name;
