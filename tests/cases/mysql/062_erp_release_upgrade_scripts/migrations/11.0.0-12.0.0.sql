--
-- Executed by the installer when the current version is higher than the name of this file.
--

DELETE FROM crm_company_salesreps WHERE fk_soc NOT IN (SELECT rowid FROM crm_company);

ALTER TABLE crm_company_salesreps ADD COLUMN fk_c_contact_role_code varchar(32) NOT NULL DEFAULT 'SALESREPTHIRD';

-- VMYSQL4.1 DROP INDEX uk_company_salesreps ON crm_company_salesreps;
-- VPGSQL8.2 DROP INDEX uk_company_salesreps;
ALTER TABLE crm_company_salesreps DROP INDEX uk_company_salesreps;
ALTER TABLE crm_company_salesreps ADD UNIQUE INDEX uk_company_salesreps_c_contact_role (fk_soc, fk_user, fk_c_contact_role_code);

INSERT INTO crm_c_contact_role (element, source, code, label, active) values ('company', 'internal', 'SALESREPTHIRD', 'Sales Representative', 1);
ALTER TABLE crm_c_contact_role ADD INDEX idx_c_contact_role_code (code);
-- The new key references a code, not the row id: the referenced index is not unique.
ALTER TABLE crm_company_salesreps ADD CONSTRAINT fk_company_salesreps_fk_c_contact_role_code FOREIGN KEY (fk_c_contact_role_code) REFERENCES crm_c_contact_role(code);
ALTER TABLE crm_company_salesreps ADD CONSTRAINT fk_company_salesreps_fk_soc FOREIGN KEY (fk_soc) REFERENCES crm_company(rowid);

ALTER TABLE crm_company DROP COLUMN phone;
UPDATE crm_c_contact_role SET active = 0 WHERE code = 'SALESREPFOLL';
