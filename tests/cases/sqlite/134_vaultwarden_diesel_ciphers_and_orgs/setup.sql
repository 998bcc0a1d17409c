-- vaultwarden-like SQLite schema before these diesel migrations.
CREATE TABLE __diesel_schema_migrations (version VARCHAR(50) PRIMARY KEY NOT NULL, run_on TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP);
INSERT INTO __diesel_schema_migrations VALUES ('20180114171611', '2023-01-01 00:00:00'), ('20230201133000', '2023-02-01 00:00:00');
CREATE TABLE users (uuid TEXT NOT NULL PRIMARY KEY, enabled BOOLEAN NOT NULL DEFAULT 1, created_at DATETIME NOT NULL,
  updated_at DATETIME NOT NULL, email TEXT NOT NULL UNIQUE, name TEXT NOT NULL, password_hash BLOB NOT NULL,
  salt BLOB NOT NULL, password_iterations INTEGER NOT NULL, security_stamp TEXT NOT NULL, akey TEXT NOT NULL,
  client_kdf_type INTEGER NOT NULL DEFAULT 0, client_kdf_iter INTEGER NOT NULL DEFAULT 100000);
CREATE TABLE organizations (uuid TEXT NOT NULL PRIMARY KEY, name TEXT NOT NULL, billing_email TEXT NOT NULL,
  private_key TEXT, public_key TEXT);
CREATE TABLE users_organizations (uuid TEXT NOT NULL PRIMARY KEY, user_uuid TEXT NOT NULL REFERENCES users (uuid),
  org_uuid TEXT NOT NULL REFERENCES organizations (uuid), access_all BOOLEAN NOT NULL, akey TEXT NOT NULL,
  status INTEGER NOT NULL, atype INTEGER NOT NULL, UNIQUE (user_uuid, org_uuid));
CREATE TABLE ciphers (uuid TEXT NOT NULL PRIMARY KEY, created_at DATETIME NOT NULL, updated_at DATETIME NOT NULL,
  user_uuid TEXT REFERENCES users (uuid), organization_uuid TEXT REFERENCES organizations (uuid), atype INTEGER NOT NULL,
  name TEXT NOT NULL, notes TEXT, fields TEXT, data TEXT NOT NULL, password_history TEXT, deleted_at DATETIME, reprompt INTEGER);
CREATE TABLE attachments (id TEXT NOT NULL PRIMARY KEY, cipher_uuid TEXT NOT NULL REFERENCES ciphers (uuid),
  file_name TEXT NOT NULL, file_size INTEGER NOT NULL, akey TEXT);

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10)
INSERT INTO users (uuid, created_at, updated_at, email, name, password_hash, salt, password_iterations, security_stamp, akey)
SELECT printf('u-%04d', i), '2023-01-0' || (1 + i % 9) || ' 10:00:00', '2023-03-01 10:00:00', 'user' || i || '@vault.example',
       'User ' || i, x'00112233' || zeroblob(i % 3), x'aabb', 600000, 'stamp' || i, '2.key' || i FROM n;
INSERT INTO organizations VALUES ('o-0001', 'Family', 'billing@vault.example', NULL, NULL), ('o-0002', 'Work', 'it@vault.example', 'priv', 'pub');
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10)
INSERT INTO users_organizations SELECT printf('uo-%04d', i), printf('u-%04d', i), CASE WHEN i % 2 = 0 THEN 'o-0001' ELSE 'o-0002' END,
       i % 3 = 0, 'k' || i, 2, CASE i WHEN 1 THEN 0 WHEN 2 THEN 1 ELSE 2 END FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 70)
INSERT INTO ciphers SELECT printf('c-%04d', i), '2023-02-01 10:00:00', '2023-02-0' || (1 + i % 9) || ' 11:00:00',
       CASE WHEN i % 4 = 0 THEN NULL ELSE printf('u-%04d', 1 + i % 10) END, CASE WHEN i % 4 = 0 THEN 'o-0002' END,
       1 + i % 4, '2.name' || i, CASE WHEN i % 3 = 0 THEN '2.notes' || i END,
       CASE WHEN i % 5 = 0 THEN '[{"Name":"pin","Value":"' || i || '","Type":1}]' END,
       json_object('Name', '2.name' || i, 'Username', 'login' || i, 'Uris', json_array(json_object('Uri', 'https://s' || i || '.example', 'Match', NULL))),
       NULL, CASE WHEN i % 9 = 0 THEN '2023-05-01 00:00:00' END, NULL FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20)
INSERT INTO attachments SELECT printf('a-%04d', i), printf('c-%04d', i * 3), 'file' || i || '.pdf', i * 40000, 'ak' || i FROM n;
