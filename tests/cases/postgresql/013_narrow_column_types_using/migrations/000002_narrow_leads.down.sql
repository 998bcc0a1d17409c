ALTER TABLE leads ALTER COLUMN employees TYPE text;
-- the rest was never written
