BEGIN;
CALL archive_contacts('churned');
DROP PROCEDURE archive_contacts(text, integer);
COMMIT;
