DELETE FROM contacts WHERE status = 'churned';
DELETE FROM organizations WHERE id IN (11, 12);
