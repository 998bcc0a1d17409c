CREATE VIEW active_contacts AS
    SELECT * FROM contacts WHERE status IN ('lead', 'prospect', 'customer');
CREATE VIEW active_contacts_by_org AS
    SELECT o.id AS organization_id, o.name, count(c.id) AS contact_count
    FROM organizations o LEFT JOIN active_contacts c ON c.organization_id = o.id
    GROUP BY o.id, o.name;
CREATE VIEW big_orgs AS
    SELECT * FROM active_contacts_by_org WHERE contact_count >= 6;
