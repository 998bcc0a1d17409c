INSERT INTO contact_cards (id, name, address) VALUES (21, 'Added via view', 'new@example.org'), (22, 'No email', NULL);
UPDATE contact_cards SET address = 'changed' || id || '@example.org' WHERE id IN (3, 4, 5);
DELETE FROM contact_cards WHERE id IN (7, 8);
