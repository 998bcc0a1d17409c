-- version 29: the single-row config table becomes key/value settings
CREATE TABLE settings (
    option TEXT PRIMARY KEY,
    value TEXT DEFAULT ''
);

INSERT INTO settings VALUES ('board_highlight_period', 172800);
INSERT INTO settings VALUES ('board_public_refresh_interval', 60);
INSERT INTO settings VALUES ('board_private_refresh_interval', 10);
INSERT INTO settings SELECT 'board_columns', default_columns FROM config;
INSERT INTO settings SELECT 'webhook_url_task_creation', webhooks_url_task_creation FROM config;
INSERT INTO settings SELECT 'webhook_url_task_modification', webhooks_url_task_modification FROM config;
INSERT INTO settings SELECT 'webhook_token', webhooks_token FROM config;
INSERT INTO settings SELECT 'api_token', api_token FROM config;
INSERT INTO settings SELECT 'application_language', language FROM config;
INSERT INTO settings SELECT 'application_timezone', timezone FROM config;
INSERT INTO settings VALUES ('application_url', '');

DROP TABLE config;

-- version 30 and 38
INSERT INTO settings VALUES ('application_date_format', 'm/d/Y');
INSERT INTO settings VALUES ('project_categories', '');
