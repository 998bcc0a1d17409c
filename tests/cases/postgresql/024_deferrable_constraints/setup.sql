CREATE TABLE pipeline_stages (id integer PRIMARY KEY, name text NOT NULL, position integer NOT NULL);
INSERT INTO pipeline_stages VALUES (1, 'new', 1), (2, 'qualified', 2), (3, 'proposal', 3), (4, 'won', 4), (5, 'lost', 5);
