CREATE TABLE tickets (
    id INTEGER PRIMARY KEY,
    subj TEXT NOT NULL,
    prio INTEGER NOT NULL DEFAULT 3,
    closed INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE ticket_events (id INTEGER PRIMARY KEY, ticket_id INTEGER NOT NULL, note TEXT NOT NULL);
CREATE INDEX tickets_prio_idx ON tickets(prio) WHERE closed = 0;
CREATE VIEW urgent_tickets AS SELECT id, subj FROM tickets WHERE prio = 1 AND closed = 0;
CREATE TRIGGER tickets_closed AFTER UPDATE OF closed ON tickets WHEN NEW.closed = 1
BEGIN
    INSERT INTO ticket_events (ticket_id, note) VALUES (NEW.id, 'closed: ' || NEW.subj);
END;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 45)
INSERT INTO tickets (id, subj, prio, closed) SELECT i, 'Ticket ' || i, 1 + i % 4, i % 5 = 0 FROM n;
