UPDATE contacts SET organization_id = 1 WHERE organization_id = 2;
UPDATE contacts SET status = 'customer' WHERE status = 'prospect' AND id % 2 = 0;
REFRESH MATERIALIZED VIEW org_contact_stats;
REFRESH MATERIALIZED VIEW status_counts;
