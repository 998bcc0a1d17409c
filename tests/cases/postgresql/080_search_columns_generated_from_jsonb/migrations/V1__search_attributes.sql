-- Parse RFC 3339 text into a UTC timestamp; the generated columns below call it.
CREATE FUNCTION parse_utc(s varchar) RETURNS timestamp AS $$
BEGIN
  RETURN s::timestamptz AT TIME ZONE 'UTC';
END
$$ LANGUAGE plpgsql IMMUTABLE RETURNS NULL ON NULL INPUT;

ALTER TABLE tickets ADD COLUMN attrs jsonb NULL;

ALTER TABLE tickets
  ADD COLUMN due_at     timestamp     GENERATED ALWAYS AS (parse_utc(attrs->>'due'))       STORED,
  ADD COLUMN priority   integer       GENERATED ALWAYS AS ((attrs->'priority')::integer)  STORED,
  ADD COLUMN assignee   varchar(100)  GENERATED ALWAYS AS (attrs->>'assignee')           STORED,
  ADD COLUMN body_words tsvector      GENERATED ALWAYS AS ((attrs->>'body')::tsvector)   STORED,
  ADD COLUMN labels     jsonb         GENERATED ALWAYS AS (attrs->'labels')              STORED;

CREATE INDEX tickets_due_idx      ON tickets (tenant_id, due_at);
CREATE INDEX tickets_assignee_idx ON tickets (tenant_id, assignee, (COALESCE(due_at, '9999-12-31 23:59:59')) DESC);
CREATE INDEX tickets_words_idx    ON tickets USING GIN (body_words);
CREATE INDEX tickets_labels_idx   ON tickets USING GIN (labels jsonb_path_ops);
