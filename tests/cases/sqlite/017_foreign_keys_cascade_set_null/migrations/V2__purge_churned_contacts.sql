-- What the FK actions would do, written out so it behaves the same with foreign_keys on or off.
DELETE FROM activities WHERE contact_id IN (SELECT id FROM contacts WHERE status = 'churned');
DELETE FROM contacts WHERE status = 'churned';
UPDATE activities SET owner_org_id = NULL WHERE owner_org_id = 12;
UPDATE contacts SET organization_id = NULL WHERE organization_id = 12;
DELETE FROM organizations WHERE id = 12;
