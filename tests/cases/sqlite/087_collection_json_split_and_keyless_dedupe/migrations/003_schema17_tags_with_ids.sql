-- tags get an integer id and a config blob: the table is dropped and created again
-- under the same name (the rows are re-derived from a copy kept in a TEMP table)
CREATE TEMP TABLE tags_keep AS SELECT tag, usn FROM tags;
DROP TABLE tags;
CREATE TABLE tags (
  id integer PRIMARY KEY NOT NULL,
  name text NOT NULL COLLATE NOCASE,
  usn integer NOT NULL,
  config blob NOT NULL
);
INSERT INTO tags (name, usn, config) SELECT tag, usn, x'' FROM tags_keep ORDER BY tag COLLATE NOCASE;
DROP TABLE temp.tags_keep;
CREATE UNIQUE INDEX idx_tags_name ON tags (name);
ALTER TABLE revlog
ADD COLUMN data text NOT NULL DEFAULT '';
UPDATE revlog SET data = json_object('decay', 0.5) WHERE ease = 1;
DELETE FROM cards WHERE usn = -1 AND ivl = 0;
UPDATE col
SET ver = 19;
ANALYZE;
