-- keep a copy before the cleanup
CREATE TABLE contacts_backup AS SELECT * FROM contacts;
CREATE TABLE organizations_backup_2024 AS SELECT id, name, domain FROM organizations WHERE industry IS NULL;
