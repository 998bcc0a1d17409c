CREATE SEQUENCE invoice_number_seq AS integer START WITH 1000 INCREMENT BY 1;
ALTER TABLE invoices ADD COLUMN number integer;
WITH numbered AS (SELECT id, 999 + row_number() OVER (ORDER BY id) AS n FROM invoices)
UPDATE invoices SET number = numbered.n FROM numbered WHERE numbered.id = invoices.id;
SELECT setval('invoice_number_seq', (SELECT max(number) FROM invoices));
ALTER TABLE invoices ALTER COLUMN number SET DEFAULT nextval('invoice_number_seq');
ALTER SEQUENCE invoice_number_seq OWNED BY invoices.number;
CREATE SEQUENCE ticket_seq START 1 MAXVALUE 5 CYCLE;
