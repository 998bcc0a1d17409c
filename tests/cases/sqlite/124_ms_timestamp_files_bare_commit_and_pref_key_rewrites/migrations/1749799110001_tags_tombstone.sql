BEGIN TRANSACTION;

ALTER TABLE tags ADD COLUMN tombstone integer DEFAULT 0;

UPDATE tags SET tombstone = 1
WHERE NOT EXISTS (SELECT 1 FROM transactions t WHERE t.notes LIKE '%#' || tags.tag || '%');

INSERT INTO __migrations__ (id) VALUES (1749799110001);

COMMIT
