ALTER TABLE invoices RENAME TO bills;
ALTER TABLE bills RENAME CONSTRAINT invoices_customer_fk TO bills_customer_fk;
ALTER INDEX invoices_customer_idx RENAME TO bills_customer_idx;
