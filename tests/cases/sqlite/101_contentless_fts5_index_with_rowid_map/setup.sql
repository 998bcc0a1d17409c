-- Knowledge base of a support desk: articles keyed by text ids, searched through a contentless
-- index (the text is kept once, in the articles; the index only maps terms to integer rowids).
CREATE TABLE articles (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    tags TEXT NOT NULL DEFAULT '',
    archived INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE article_fts_map (rowid INTEGER PRIMARY KEY, article_id TEXT NOT NULL UNIQUE REFERENCES articles(id));

-- an older contentless FTS4 index over titles only
CREATE VIRTUAL TABLE article_titles USING fts4(title, content="");

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 48)
INSERT INTO articles (id, title, body, tags, archived)
SELECT printf('kb-%04d', i * 7),
       CASE i % 4 WHEN 0 THEN 'Reset a password' WHEN 1 THEN 'Export contacts to CSV' WHEN 2 THEN 'Merge duplicate leads' ELSE 'Invoice numbering' END || ' (' || i || ')',
       'Step ' || (i % 3 + 1) || ': open Settings, choose ' || CASE i % 2 WHEN 0 THEN 'Accounts' ELSE 'Billing' END || '; see article ' || i,
       CASE WHEN i % 5 = 0 THEN 'billing,admin' WHEN i % 5 = 1 THEN 'crm' ELSE '' END,
       i % 9 = 0
FROM n;

INSERT INTO article_fts_map (rowid, article_id) SELECT row_number() OVER (ORDER BY id), id FROM articles ORDER BY id;
INSERT INTO article_titles (docid, title) SELECT m.rowid, a.title FROM article_fts_map m JOIN articles a ON a.id = m.article_id ORDER BY m.rowid;
