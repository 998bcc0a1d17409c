-- identity options changed in place, then a restart that the next insert does not reach yet
ALTER TABLE contacts ALTER COLUMN id SET INCREMENT BY 5, ALTER COLUMN id RESTART WITH 500;
INSERT INTO contacts (account_id, email) VALUES (3, 'five-hundred@bank.test');
ALTER TABLE contacts ALTER COLUMN id RESTART WITH 1000;
SELECT setval('invoice_number_seq', 95000, false);
