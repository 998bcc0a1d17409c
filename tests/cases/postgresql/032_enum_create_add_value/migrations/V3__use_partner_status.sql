UPDATE contacts SET status = 'partner' WHERE status = 'customer' AND organization_id IN (1, 2, 3);
