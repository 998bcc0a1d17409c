ALTER TABLE ticket_comments ALTER COLUMN id SET INCREMENT BY 1;
ALTER TABLE ticket_comments ALTER COLUMN id RESTART WITH 5000;
INSERT INTO ticket_comments (ticket_id, body) VALUES (2, 'after restart');
ALTER TABLE legacy_codes ALTER COLUMN code DROP IDENTITY;
