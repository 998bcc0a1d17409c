CREATE TABLE stages (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, position INTEGER NOT NULL, is_closed INTEGER NOT NULL DEFAULT 0);
INSERT INTO stages (id, name, position, is_closed) VALUES (1, 'new', 1, 0), (2, 'qualified', 2, 0), (3, 'proposal', 3, 0), (4, 'won', 4, 1), (5, 'lost', 5, 1);
