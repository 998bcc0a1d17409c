-- latin1 to utf8mb4: TEXT becomes MEDIUMTEXT on the way, the rows are re-encoded
ALTER TABLE crm_leads CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
ALTER TABLE crm_lead_meta CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
OPTIMIZE TABLE crm_leads;
ANALYZE TABLE crm_lead_meta;
ALTER TABLE crm_lead_meta ENGINE=InnoDB;
