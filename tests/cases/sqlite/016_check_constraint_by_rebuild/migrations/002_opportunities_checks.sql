CREATE TABLE opportunities_new (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    probability INTEGER NOT NULL DEFAULT 0 CONSTRAINT probability_range CHECK (probability BETWEEN 0 AND 100),
    amount_cents INTEGER CHECK (amount_cents >= 0)
);
INSERT INTO opportunities_new SELECT id, name, probability, amount_cents FROM opportunities;
DROP TABLE opportunities;
ALTER TABLE opportunities_new RENAME TO opportunities;
