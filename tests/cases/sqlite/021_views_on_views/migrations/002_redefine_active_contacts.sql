-- customers only now; dependants must be dropped first
DROP VIEW big_orgs;
DROP VIEW active_contacts_by_org;
DROP VIEW active_contacts;
CREATE VIEW active_contacts AS SELECT id, organization_id, first_name, last_name, email FROM contacts WHERE status = 'customer';
CREATE VIEW active_contacts_by_org AS
    SELECT organization_id, count(*) AS contact_count FROM active_contacts GROUP BY organization_id;
