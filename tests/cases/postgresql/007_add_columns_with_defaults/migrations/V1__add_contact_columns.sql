ALTER TABLE contacts
    ADD COLUMN title text,
    ADD COLUMN lead_score integer DEFAULT 0,
    ADD COLUMN opted_in boolean NOT NULL DEFAULT true,
    ADD COLUMN locale text NOT NULL DEFAULT 'en-US' CHECK (length(locale) BETWEEN 2 AND 10),
    ADD COLUMN region_id smallint REFERENCES regions (id) ON DELETE SET NULL,
    ADD COLUMN tags text[] NOT NULL DEFAULT '{}',
    ADD COLUMN prefs jsonb NOT NULL DEFAULT '{"newsletter": false}';
