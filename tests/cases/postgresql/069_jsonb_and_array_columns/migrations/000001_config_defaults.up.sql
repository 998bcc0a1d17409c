UPDATE integrations SET config = jsonb_set(config, '{retries}', '3') WHERE (config ->> 'retries')::int < 3;
UPDATE integrations SET config = config - 'channel' WHERE provider <> 'slack';
UPDATE integrations SET scopes = array_append(scopes, 'admin') WHERE provider = 'salesforce';
UPDATE integrations SET scopes = array_remove(scopes, 'write') WHERE provider = 'zapier';
