DELETE FROM contacts WHERE organization_id = 3;
REFRESH MATERIALIZED VIEW CONCURRENTLY org_contact_stats;
