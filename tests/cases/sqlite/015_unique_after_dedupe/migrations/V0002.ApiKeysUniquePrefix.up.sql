CREATE TABLE api_keys_new (id INTEGER PRIMARY KEY, owner TEXT NOT NULL, key_prefix TEXT NOT NULL, UNIQUE (owner, key_prefix));
INSERT INTO api_keys_new SELECT id, owner, key_prefix FROM api_keys;
DROP TABLE api_keys;
ALTER TABLE api_keys_new RENAME TO api_keys;
