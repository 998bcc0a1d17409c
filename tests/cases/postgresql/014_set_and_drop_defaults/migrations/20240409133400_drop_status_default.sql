BEGIN;
ALTER TABLE contacts ALTER COLUMN status DROP DEFAULT;
INSERT INTO contacts (organization_id, first_name, last_name, status, created_at)
VALUES (1, 'Default', 'Phone', 'lead', '2024-05-01 09:00:00+00');
COMMIT;
