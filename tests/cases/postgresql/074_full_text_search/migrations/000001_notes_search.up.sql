CREATE TEXT SEARCH CONFIGURATION crm_english (COPY = pg_catalog.english);
ALTER TABLE notes ADD COLUMN search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('crm_english', title), 'A') || setweight(to_tsvector('crm_english', body), 'B')
) STORED;
CREATE INDEX notes_search_idx ON notes USING gin (search);
