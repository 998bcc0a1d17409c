CREATE TABLE templates (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, body TEXT NOT NULL);
INSERT INTO templates VALUES (1, 'welcome', 'Hello; welcome!'), (2, 'bye', 'Bye -- for now');
