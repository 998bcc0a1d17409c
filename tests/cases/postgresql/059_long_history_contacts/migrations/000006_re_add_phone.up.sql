ALTER TABLE contacts ADD COLUMN phone text;
UPDATE contacts SET phone = '+49 30 ' || (1000 + id) WHERE id % 2 = 0;
