DROP TABLE contacts_backup;
