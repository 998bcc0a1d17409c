ALTER SEQUENCE invoice_number_seq INCREMENT BY 10 RESTART WITH 5000;
INSERT INTO invoices (id, customer, total) VALUES (26, 'cust-new', 10.00), (27, 'cust-new', 20.00);
SELECT setval('ticket_seq', 4);
ALTER SEQUENCE ticket_seq RENAME TO support_ticket_seq;
