-- Archived articles leave the index: a contentless table takes a 'delete' with the indexed values.
UPDATE articles SET archived = 1 WHERE id IN ('kb-0014', 'kb-0028', 'kb-0035');

INSERT INTO article_fts (article_fts, rowid, title, body, tags)
SELECT 'delete', m.rowid, a.title, a.body, a.tags
FROM article_fts_map m JOIN articles a ON a.id = m.article_id
WHERE a.id IN ('kb-0014', 'kb-0028', 'kb-0035')
ORDER BY m.rowid;

-- an edited article: old terms out, new terms in
INSERT INTO article_fts (article_fts, rowid, title, body, tags)
SELECT 'delete', m.rowid, a.title, a.body, a.tags FROM article_fts_map m JOIN articles a ON a.id = m.article_id WHERE a.id = 'kb-0021';
UPDATE articles SET body = 'Open Settings, choose Security; two-factor codes are reset there' WHERE id = 'kb-0021';
INSERT INTO article_fts (rowid, title, body, tags)
SELECT m.rowid, a.title, a.body, a.tags FROM article_fts_map m JOIN articles a ON a.id = m.article_id WHERE a.id = 'kb-0021';

-- a new article gets the next rowid
INSERT INTO articles (id, title, body, tags) VALUES ('kb-0400', 'Import leads from a spreadsheet', 'Choose Import; map the columns; résumé of errors at the end', 'crm');
INSERT INTO article_fts_map (rowid, article_id) SELECT max(rowid) + 1, 'kb-0400' FROM article_fts_map;
INSERT INTO article_fts (rowid, title, body, tags)
SELECT m.rowid, a.title, a.body, a.tags FROM article_fts_map m JOIN articles a ON a.id = m.article_id WHERE a.id = 'kb-0400';
INSERT INTO article_fts (article_fts) VALUES ('optimize');
