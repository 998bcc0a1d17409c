BEGIN;
CREATE TABLE requester_stats (requester TEXT PRIMARY KEY, open_count INTEGER NOT NULL DEFAULT 0);
INSERT INTO requester_stats SELECT requester, sum(status = 'open') FROM tickets GROUP BY requester;
CREATE TRIGGER tickets_close AFTER UPDATE OF status ON tickets
WHEN OLD.status = 'open' AND NEW.status <> 'open'
BEGIN
    UPDATE requester_stats SET open_count = open_count - 1 WHERE requester = NEW.requester;
END;
COMMIT;
