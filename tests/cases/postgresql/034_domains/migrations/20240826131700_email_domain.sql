BEGIN;
CREATE DOMAIN email_address AS text CHECK (VALUE ~ '^[^@\s]+@[^@\s]+$');
CREATE DOMAIN positive_money AS numeric(12,2) CONSTRAINT positive_money_check CHECK (VALUE >= 0) DEFAULT 0;
UPDATE contacts SET email = lower(email);
ALTER TABLE contacts ALTER COLUMN email TYPE email_address;
CREATE TABLE contact_budgets (contact_id bigint PRIMARY KEY REFERENCES contacts (id), budget positive_money NOT NULL);
INSERT INTO contact_budgets SELECT id, id * 100.50 FROM contacts WHERE status = 'customer' ORDER BY id;
COMMIT;
