ALTER TABLE contacts ADD COLUMN source text NOT NULL DEFAULT 'import';
UPDATE contacts SET source = 'web' WHERE id % 3 = 0;
CREATE INDEX contacts_status_idx ON contacts (status);
