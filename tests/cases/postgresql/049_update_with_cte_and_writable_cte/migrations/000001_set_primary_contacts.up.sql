UPDATE organizations o
   SET primary_contact_id = (SELECT min(c.id) FROM contacts c WHERE c.organization_id = o.id AND c.status = 'customer');
WITH churn AS (
    SELECT organization_id, avg((status = 'churned')::int) AS ratio FROM contacts WHERE organization_id IS NOT NULL GROUP BY organization_id
)
UPDATE organizations o
   SET health = CASE WHEN churn.ratio > 0.3 THEN 'at-risk' WHEN o.primary_contact_id IS NULL THEN 'unknown' ELSE 'healthy' END
  FROM churn WHERE churn.organization_id = o.id;
