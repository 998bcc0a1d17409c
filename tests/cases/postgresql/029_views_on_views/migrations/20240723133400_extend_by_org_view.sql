BEGIN;
CREATE OR REPLACE VIEW active_contacts_by_org AS
    SELECT o.id AS organization_id, o.name, count(c.id) AS contact_count, count(c.email) AS with_email
      FROM organizations o LEFT JOIN active_contacts c ON c.organization_id = o.id
     GROUP BY o.id, o.name;
UPDATE lead_contacts SET last_name = upper(last_name) WHERE id < 20;
COMMIT;
