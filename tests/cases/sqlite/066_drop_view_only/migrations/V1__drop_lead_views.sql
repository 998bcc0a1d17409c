DROP VIEW lead_count;
DROP VIEW lead_contacts;
