-- A raw ::tsvector cast fails on text such as 'error: jam' ("syntax error in tsvector"):
-- recompute the column with to_tsvector. Dropping it drops its GIN index too.
ALTER TABLE tickets DROP COLUMN body_words;
ALTER TABLE tickets
  ADD COLUMN body_words tsvector GENERATED ALWAYS AS (to_tsvector('simple', attrs->>'body')) STORED;
CREATE INDEX tickets_words_idx ON tickets USING GIN (body_words);
