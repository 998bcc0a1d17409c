-- Comments become a tree: an ltree path (0.<id>.<id>...) replaces parent_id.
CREATE EXTENSION IF NOT EXISTS ltree;
ALTER TABLE comment ADD COLUMN path ltree NOT NULL DEFAULT '0';
WITH RECURSIVE tree (id, path) AS (
    SELECT id, text2ltree('0.' || id) FROM comment WHERE parent_id IS NULL
    UNION ALL
    SELECT c.id, t.path || c.id::text FROM comment c JOIN tree t ON c.parent_id = t.id
)
UPDATE comment c SET path = tree.path FROM tree WHERE c.id = tree.id;
CREATE INDEX idx_path_gist ON comment USING gist (path);
ALTER TABLE comment DROP COLUMN parent_id;
-- the child count depends on the path now
ALTER TABLE comment ADD COLUMN child_count int NOT NULL DEFAULT 0;
UPDATE comment c SET child_count = sub.n
  FROM (SELECT c2.id, count(c3.id) AS n FROM comment c2
          JOIN comment c3 ON c3.path <@ c2.path AND c3.path <> c2.path
         GROUP BY c2.id) sub
 WHERE c.id = sub.id;
