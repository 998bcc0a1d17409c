BEGIN;
DROP VIEW visible_tickets;
CREATE TABLE tickets_new (
    id INTEGER PRIMARY KEY,
    subject TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'pending', 'closed')),
    priority INTEGER NOT NULL DEFAULT 3,
    requester TEXT NOT NULL,
    deleted_at TEXT
);
INSERT INTO tickets_new (id, subject, status, priority, requester, deleted_at)
SELECT id, subject, status, CASE WHEN subject LIKE '%1' THEN 1 ELSE 3 END, requester, deleted_at FROM tickets;
DROP TABLE tickets;
ALTER TABLE tickets_new RENAME TO tickets;
CREATE TRIGGER tickets_close AFTER UPDATE OF status ON tickets
WHEN OLD.status <> 'closed' AND NEW.status = 'closed'
BEGIN
    UPDATE requester_stats SET open_count = open_count - 1 WHERE requester = NEW.requester;
END;
CREATE VIEW visible_tickets AS SELECT id, subject, status, priority, requester FROM tickets WHERE deleted_at IS NULL;
COMMIT;
