INSERT INTO contacts (id, organization_id, first_name, last_name, email, status, created_at)
VALUES (81, 1, 'Searchable', 'Person', 'search@org1.example', 'lead', '2024-08-01 10:00:00');
DELETE FROM contacts WHERE id = 80;
