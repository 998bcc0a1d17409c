DROP POLICY accounts_owner ON accounts;
DROP TRIGGER accounts_touch ON accounts;
DROP VIEW account_names;
ALTER TABLE invoices DROP CONSTRAINT invoices_account_fk;
DROP TABLE accounts;
DROP FUNCTION accounts_touch();
