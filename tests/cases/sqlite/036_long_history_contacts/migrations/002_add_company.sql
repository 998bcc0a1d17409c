ALTER TABLE contacts ADD COLUMN company TEXT NOT NULL DEFAULT 'unknown';
UPDATE contacts SET company = 'Company ' || (id % 5) WHERE id % 3 <> 0;
