-- Full-text search over title, body and tags; nothing but the index is stored.
CREATE VIRTUAL TABLE article_fts USING fts5(
    title, body, tags UNINDEXED,
    content='', tokenize='unicode61 remove_diacritics 2'
);

INSERT INTO article_fts (rowid, title, body, tags)
SELECT m.rowid, a.title, a.body, a.tags
FROM article_fts_map m JOIN articles a ON a.id = m.article_id
WHERE a.archived = 0
ORDER BY m.rowid;

-- the old title index goes
DROP TABLE article_titles;
