-- Release 011 "cleanup": looks routine, destroys data.
--  * drops contacts.phone ("moved to the telephony service"): every phone number is lost;
--  * purges soft-deleted interactions: the activity history the soft delete was keeping is lost;
--  * "converts amounts from cents to dollars": but they were already dollars;
--  * adds an index (harmless).
-- SQLite refuses DROP COLUMN while an index or view uses the column, so those go first.

DROP INDEX idx_contacts_phone_live;

DROP VIEW v_contact_directory;

ALTER TABLE contacts DROP COLUMN phone;

CREATE VIEW v_contact_directory AS
SELECT c.id                               AS contact_id,
       c.first_name || ' ' || c.last_name AS contact,
       c.email,
       c.title,
       org.name                           AS organization,
       org.tier
FROM contacts AS c
JOIN organizations AS org ON org.id = c.organization_id
WHERE c.deleted_at IS NULL
  AND org.deleted_at IS NULL;

DELETE FROM interactions WHERE deleted_at IS NOT NULL;

UPDATE opportunities SET amount = ROUND(amount / 100, 2);

CREATE INDEX idx_opportunities_close_date ON opportunities (expected_close_date)
    WHERE deleted_at IS NULL;
