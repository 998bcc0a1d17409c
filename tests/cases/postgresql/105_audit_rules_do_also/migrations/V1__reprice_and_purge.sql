-- prices go up 10 %, cancelled orders are purged (both audited by the rules), and an attempt to
-- delete their invoices does nothing
UPDATE orders SET total_cents = total_cents * 11 / 10 WHERE status = 'open' AND id <= 20;
DELETE FROM orders WHERE status = 'cancelled';
DELETE FROM invoices WHERE order_id % 5 = 0;
