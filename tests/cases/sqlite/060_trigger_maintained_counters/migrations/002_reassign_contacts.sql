INSERT INTO contacts (id, organization_id, name) VALUES (37, 1, 'New A'), (38, 1, 'New B');
DELETE FROM contacts WHERE organization_id = 6 AND id > 20;
UPDATE contacts SET organization_id = 2 WHERE organization_id = 3;
