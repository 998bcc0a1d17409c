--
-- Executed by the installer when the current version is higher than the name of this file.
--

-- Use unique keys for extrafields
DELETE FROM crm_company_extrafields WHERE fk_object NOT IN (SELECT rowid FROM crm_company);
-- VMYSQL4.1 DELETE T1 FROM crm_company_extrafields as T1, crm_company_extrafields as T2 where T1.fk_object = T2.fk_object and T1.rowid < T2.rowid;
DELETE T1 FROM crm_company_extrafields AS T1, crm_company_extrafields AS T2 WHERE T1.fk_object = T2.fk_object AND T1.rowid < T2.rowid;
ALTER TABLE crm_company_extrafields DROP INDEX idx_company_extrafields;
ALTER TABLE crm_company_extrafields ADD UNIQUE INDEX uk_company_extrafields (fk_object);

ALTER TABLE crm_supplier_dispatch_extrafields RENAME TO crm_receptiondet_batch_extrafields;
ALTER TABLE crm_supplier_dispatch RENAME TO crm_receptiondet_batch;
ALTER TABLE crm_receptiondet_batch CHANGE COLUMN fk_order fk_element integer;
ALTER TABLE crm_receptiondet_batch CHANGE COLUMN fk_orderline fk_elementdet integer;
ALTER TABLE crm_receptiondet_batch DROP INDEX idx_supplier_dispatch_fk_order;
ALTER TABLE crm_receptiondet_batch ADD INDEX idx_receptiondet_batch_fk_element (fk_element);

-- Fix: categories whose parent no longer exists go to the top.
UPDATE crm_category SET fk_parent = 0, tms = tms WHERE fk_parent NOT IN (SELECT rowid FROM (SELECT rowid FROM crm_category) AS parents) AND fk_parent <> 0;
ALTER TABLE crm_category ADD COLUMN position integer DEFAULT 0 AFTER color;
UPDATE crm_category SET position = 10 * rowid, tms = tms WHERE fk_parent = 0;
--UPDATE crm_category SET position = 100 WHERE position = 0;
UPDATE crm_category SET date_creation = tms, tms = tms WHERE date_creation IS NULL AND tms IS NOT NULL;
