CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE tags (id INTEGER PRIMARY KEY, label TEXT NOT NULL UNIQUE, color TEXT);
CREATE TABLE contact_tags (
    contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    tag_id     INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    PRIMARY KEY (contact_id, tag_id)
);
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 40)
INSERT INTO contacts SELECT i, 'Contact ' || i FROM n;
INSERT INTO tags VALUES (1, 'vip', '#ff0000'), (2, 'newsletter', NULL), (3, 'partner', '#00ff00'), (4, 'do-not-call', '#000000');
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 40)
INSERT INTO contact_tags SELECT i, 1 + (i % 4) FROM n
UNION ALL SELECT i, 1 + ((i + 1) % 4) FROM n WHERE i % 3 = 0;
