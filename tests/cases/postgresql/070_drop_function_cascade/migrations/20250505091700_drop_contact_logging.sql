BEGIN;
DROP FUNCTION log_contact_change() CASCADE;
DROP FUNCTION default_region() CASCADE;
UPDATE contacts SET phone = NULL WHERE id <= 10;
COMMIT;
