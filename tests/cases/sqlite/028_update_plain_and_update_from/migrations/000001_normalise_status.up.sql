UPDATE contacts SET status = 'lost' WHERE status = 'churned';
UPDATE contacts SET email = lower(email), last_name = upper(substr(last_name, 1, 1)) || substr(last_name, 2);
