UPDATE org_rollups r
   SET contact_count = agg.total, customer_count = agg.customers
  FROM (SELECT organization_id, count(*) AS total, count(*) FILTER (WHERE status = 'customer') AS customers
          FROM contacts WHERE organization_id IS NOT NULL GROUP BY organization_id) AS agg
 WHERE agg.organization_id = r.organization_id;
UPDATE contacts c SET status = 'customer'
  FROM organizations o
 WHERE o.id = c.organization_id AND o.industry = 'retail' AND c.status = 'prospect';
