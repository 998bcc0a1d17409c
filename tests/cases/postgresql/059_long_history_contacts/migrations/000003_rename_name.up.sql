ALTER TABLE contacts RENAME COLUMN name TO full_name;
