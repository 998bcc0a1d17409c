ALTER TABLE accounts DROP COLUMN extra;
CREATE UNIQUE INDEX accounts_google_id_idx ON accounts (google_id) WHERE google_id <> '';
CREATE UNIQUE INDEX accounts_openid_connect_id_idx ON accounts (openid_connect_id) WHERE openid_connect_id <> '';
DROP EXTENSION hstore;
