UPDATE integrations SET config = json_set(config, '$.retries', 3) WHERE json_extract(config, '$.retries') < 3;
UPDATE integrations SET config = json_remove(config, '$.channel') WHERE provider <> 'slack';
