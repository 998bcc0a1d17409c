UPDATE invoices SET paid_cents = CASE WHEN id % 3 = 0 THEN total_cents ELSE total_cents / 2 END WHERE id <= 18;
