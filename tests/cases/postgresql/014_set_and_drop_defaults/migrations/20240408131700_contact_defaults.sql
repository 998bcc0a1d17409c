BEGIN;
ALTER TABLE contacts ALTER COLUMN status SET DEFAULT 'prospect';
ALTER TABLE contacts ALTER COLUMN phone SET DEFAULT 'unknown';
ALTER TABLE organizations ALTER COLUMN industry SET DEFAULT 'other';
COMMIT;
