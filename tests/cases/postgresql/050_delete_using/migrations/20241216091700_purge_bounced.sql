BEGIN;
DELETE FROM contacts c USING email_bounces b WHERE b.email = c.email;
DELETE FROM organizations o WHERE NOT EXISTS (SELECT 1 FROM contacts c WHERE c.organization_id = o.id);
DELETE FROM email_bounces;
COMMIT;
