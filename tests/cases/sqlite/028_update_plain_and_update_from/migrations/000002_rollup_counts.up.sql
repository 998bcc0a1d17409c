UPDATE org_rollups
   SET contact_count = agg.total, customer_count = agg.customers
  FROM (SELECT organization_id, count(*) AS total, sum(status = 'customer') AS customers
          FROM contacts WHERE organization_id IS NOT NULL GROUP BY organization_id) AS agg
 WHERE agg.organization_id = org_rollups.organization_id;
