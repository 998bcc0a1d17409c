ALTER TABLE ledger.entries ADD COLUMN position numeric;
UPDATE ledger.entries SET position = extract(epoch FROM created_on);
ALTER TABLE ledger.entries ALTER COLUMN position SET NOT NULL;
