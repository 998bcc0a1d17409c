CREATE TABLE settings (scope TEXT NOT NULL, key TEXT NOT NULL, value TEXT, PRIMARY KEY (scope, key));
INSERT INTO settings VALUES ('global', 'currency', 'EUR'), ('global', 'timezone', 'Europe/Berlin'),
    ('org:1', 'currency', 'USD'), ('org:2', 'theme', 'dark'), ('org:2', 'currency', 'GBP');
