DELETE FROM contacts;
INSERT INTO contacts SELECT * FROM contacts_backup;
