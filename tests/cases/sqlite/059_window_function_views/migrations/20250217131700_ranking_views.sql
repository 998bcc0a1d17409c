BEGIN;
CREATE VIEW contact_rank AS
    SELECT id, organization_id, last_name,
           row_number() OVER (PARTITION BY organization_id ORDER BY created_at, id) AS seq,
           count(*) OVER (PARTITION BY organization_id) AS org_size
      FROM contacts;
CREATE VIEW org_report AS
    WITH firsts AS (SELECT * FROM contact_rank WHERE seq = 1)
    SELECT o.name, f.last_name AS first_contact, f.org_size, 'rows; computed -- live' AS note
      FROM organizations o JOIN firsts f ON f.organization_id = o.id;
COMMIT;
