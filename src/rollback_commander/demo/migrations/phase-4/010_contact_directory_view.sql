-- Phase 4: the contact directory the sales team exports: live contacts with phone and account.

CREATE VIEW v_contact_directory AS
SELECT c.id                               AS contact_id,
       c.first_name || ' ' || c.last_name AS contact,
       c.email,
       c.phone,
       c.title,
       org.name                           AS organization,
       org.tier
FROM contacts AS c
JOIN organizations AS org ON org.id = c.organization_id
WHERE c.deleted_at IS NULL
  AND org.deleted_at IS NULL;
