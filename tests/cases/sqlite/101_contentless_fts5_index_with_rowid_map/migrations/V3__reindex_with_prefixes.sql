-- Rebuilt with prefix indexes: dropped and filled again from the articles.
DROP TABLE IF EXISTS article_fts;
CREATE VIRTUAL TABLE article_fts USING fts5(
    title, body, tags UNINDEXED,
    content='', prefix='2 3', tokenize='unicode61 remove_diacritics 2'
);
INSERT INTO article_fts (rowid, title, body, tags)
SELECT m.rowid, a.title, a.body, a.tags
FROM article_fts_map m JOIN articles a ON a.id = m.article_id
WHERE a.archived = 0
ORDER BY m.rowid;
