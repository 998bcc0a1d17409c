CREATE TABLE templates (id integer PRIMARY KEY, name text NOT NULL UNIQUE, body text NOT NULL);
INSERT INTO templates VALUES (1, 'welcome', 'Hello; welcome!'), (2, 'bye', 'Bye -- for now');
