CREATE INDEX integrations_config_gin ON integrations USING gin (config);
CREATE INDEX integrations_scopes_gin ON integrations USING gin (scopes);
CREATE INDEX integrations_enabled_idx ON integrations (((config ->> 'enabled')::boolean));
