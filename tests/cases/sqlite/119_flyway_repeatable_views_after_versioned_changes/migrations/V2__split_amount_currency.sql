-- the views read columns this migration renames: they are dropped first and the repeatable script
-- (run after every versioned one) creates them again
DROP VIEW IF EXISTS pipeline_by_region;
ALTER TABLE opportunities RENAME COLUMN amount_eur TO amount;
ALTER TABLE opportunities ADD COLUMN currency TEXT NOT NULL DEFAULT 'EUR';
UPDATE opportunities SET currency = 'USD', amount = amount * 11 / 10 WHERE rep_id = 4;
