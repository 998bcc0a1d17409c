BEGIN;
ALTER TABLE tickets ADD COLUMN deleted_at TEXT;
CREATE VIEW visible_tickets AS SELECT id, subject, status, requester FROM tickets WHERE deleted_at IS NULL;
UPDATE tickets SET status = 'closed' WHERE id BETWEEN 1 AND 10;
UPDATE tickets SET deleted_at = '2024-03-15 12:00:00' WHERE id % 7 = 0;
COMMIT;
