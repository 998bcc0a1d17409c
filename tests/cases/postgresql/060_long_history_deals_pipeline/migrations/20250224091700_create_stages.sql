BEGIN;
CREATE TABLE stages (id smallint PRIMARY KEY, name text NOT NULL UNIQUE, position smallint NOT NULL, is_closed boolean NOT NULL DEFAULT false);
INSERT INTO stages VALUES (1, 'new', 1, false), (2, 'qualified', 2, false), (3, 'proposal', 3, false), (4, 'won', 4, true), (5, 'lost', 5, true);
COMMIT;
