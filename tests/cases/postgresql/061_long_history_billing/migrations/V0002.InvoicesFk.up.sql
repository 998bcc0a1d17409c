ALTER TABLE invoices ADD CONSTRAINT invoices_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id);
CREATE INDEX invoices_customer_idx ON invoices (customer_id);
CREATE VIEW unpaid_invoices AS SELECT * FROM invoices WHERE status <> 'paid';
