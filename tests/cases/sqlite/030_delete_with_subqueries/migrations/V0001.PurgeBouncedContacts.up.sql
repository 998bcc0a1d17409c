DELETE FROM contacts WHERE email IN (SELECT email FROM email_bounces);
DELETE FROM organizations WHERE NOT EXISTS (SELECT 1 FROM contacts c WHERE c.organization_id = organizations.id);
