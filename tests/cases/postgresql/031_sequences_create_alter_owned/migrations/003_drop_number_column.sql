ALTER TABLE invoices DROP COLUMN number;
