ALTER TABLE contacts ADD COLUMN phone text; -- data is gone
