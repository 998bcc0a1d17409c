-- keep copies before the cleanup
CREATE TABLE contacts_backup AS SELECT * FROM contacts;
SELECT id, name, domain INTO organizations_backup_2024 FROM organizations WHERE industry IS NULL;
CREATE TABLE contacts_shadow (LIKE contacts INCLUDING ALL);
INSERT INTO contacts_shadow OVERRIDING SYSTEM VALUE SELECT * FROM contacts WHERE status = 'churned';
