ALTER TABLE integrations ADD COLUMN is_enabled INTEGER GENERATED ALWAYS AS (json_extract(config, '$.enabled')) VIRTUAL;
CREATE INDEX integrations_enabled_idx ON integrations(provider, is_enabled);
