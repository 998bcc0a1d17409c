CREATE TABLE opportunities_new (id INTEGER PRIMARY KEY, name TEXT NOT NULL, status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'won', 'lost')));
INSERT INTO opportunities_new SELECT id, name, status FROM opportunities;
DROP TABLE opportunities;
ALTER TABLE opportunities_new RENAME TO opportunities;
CREATE INDEX opportunities_status_idx ON opportunities(status);
