UPDATE contacts SET status = 'customer' WHERE status = 'prospect' AND id <= 40;
DELETE FROM contacts WHERE id IN (79, 80);
INSERT INTO contacts (organization_id, first_name, last_name, status, created_at) VALUES (1, 'Trig', 'Gered', 'lead', '2024-06-01 12:00+00');
