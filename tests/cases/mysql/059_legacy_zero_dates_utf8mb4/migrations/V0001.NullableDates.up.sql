# zero dates become NULL: the session mode allows reading and comparing them
SET SESSION sql_mode = '';
ALTER TABLE crm_leads MODIFY created datetime NULL DEFAULT NULL, MODIFY contacted date NULL DEFAULT NULL;
UPDATE crm_leads SET created = NULL WHERE created = '0000-00-00 00:00:00';
UPDATE crm_leads SET contacted = NULL WHERE contacted = '0000-00-00';
