UPDATE contacts SET status = 'churned' WHERE status = 'lost';
