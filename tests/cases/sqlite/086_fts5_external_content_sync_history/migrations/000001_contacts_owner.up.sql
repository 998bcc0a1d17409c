ALTER TABLE contacts ADD COLUMN owner TEXT NOT NULL DEFAULT 'unassigned';
UPDATE contacts SET owner = 'rep-' || (id % 6) WHERE id % 3 = 0;
