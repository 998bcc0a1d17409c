UPDATE contacts SET deleted_at = '2024-05-01T00:00:00Z' WHERE status = 'churned';
UPDATE organizations SET deleted_at = '2024-05-01T00:00:00Z'
 WHERE id NOT IN (SELECT organization_id FROM live_contacts WHERE organization_id IS NOT NULL);
