CREATE MATERIALIZED VIEW org_contact_stats AS
    SELECT organization_id, count(*) AS contacts, count(*) FILTER (WHERE status = 'customer') AS customers
      FROM contacts WHERE organization_id IS NOT NULL GROUP BY organization_id;
CREATE UNIQUE INDEX org_contact_stats_org_key ON org_contact_stats (organization_id);
CREATE MATERIALIZED VIEW status_counts AS SELECT status, count(*) AS n FROM contacts GROUP BY status WITH NO DATA;
