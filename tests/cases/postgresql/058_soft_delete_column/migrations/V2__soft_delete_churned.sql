UPDATE contacts SET deleted_at = timestamptz '2024-05-01 00:00:00+00' WHERE status = 'churned';
UPDATE organizations o SET deleted_at = timestamptz '2024-05-01 00:00:00+00'
 WHERE NOT EXISTS (SELECT 1 FROM live_contacts c WHERE c.organization_id = o.id);
