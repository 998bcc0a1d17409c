DROP TABLE contacts_backup;
SELECT 1/0;
