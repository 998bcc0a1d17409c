DROP VIEW unpaid_invoices;
UPDATE bills SET status = 'void' WHERE status = 'draft' AND amount < 100;
CREATE VIEW unpaid_bills AS SELECT b.*, c.town FROM bills b JOIN customers c ON c.id = b.customer_id WHERE b.status IN ('draft', 'sent');
