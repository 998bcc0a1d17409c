UPDATE contacts SET phone = NULL, email = NULL WHERE status = 'churned';
DELETE FROM contacts WHERE organization_id IS NULL;
