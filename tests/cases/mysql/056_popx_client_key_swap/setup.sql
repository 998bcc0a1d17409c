-- An OAuth broker's store before its 2023 upgrade: integer client keys, key ids in utf8mb4,
-- consent requests pointing at login sessions through '' instead of NULL.
CREATE TABLE sso_networks (
  id char(36) NOT NULL,
  created_at datetime NOT NULL,
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
INSERT INTO sso_networks VALUES ('6f1c2a4e-93b0-4d1e-8c55-0a9e3b7d1f20', '2023-01-02 09:00:00');

CREATE TABLE oauth_clients (
  pk INT UNSIGNED NOT NULL AUTO_INCREMENT,
  id varchar(64) NOT NULL,
  client_name text NOT NULL,
  redirect_uris text NOT NULL,
  PRIMARY KEY (pk),
  UNIQUE KEY oauth_clients_id_key (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
INSERT INTO oauth_clients (id, client_name, redirect_uris)
SELECT CONCAT('crm-app-', n), CONCAT('CRM integration ', n), CONCAT('https://app', n, '.example/callback')
FROM (WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 240) SELECT n FROM seq) s
ORDER BY n;
DELETE FROM oauth_clients WHERE pk IN (17, 18, 101);

CREATE TABLE signing_keys (
  sid varchar(255) NOT NULL,
  kid varchar(255) NOT NULL,
  alg varchar(16) NOT NULL DEFAULT 'RS256',
  keydata text NOT NULL,
  PRIMARY KEY (sid, kid)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
INSERT INTO signing_keys (sid, kid, keydata)
SELECT CONCAT('tenant-', n % 6), CONCAT('key-', LPAD(n, 4, '0')), REPEAT(SUBSTRING('abcdef', 1 + n % 6, 1), 48)
FROM (WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 180) SELECT n FROM seq) s;

CREATE TABLE trusted_issuers (
  id varchar(36) NOT NULL,
  issuer varchar(255) NOT NULL,
  key_set varchar(255) NOT NULL,
  key_id varchar(255) NOT NULL,
  PRIMARY KEY (id),
  KEY trusted_issuers_key (key_set, key_id),
  CONSTRAINT trusted_issuers_ibfk_1 FOREIGN KEY (key_set, key_id) REFERENCES signing_keys (sid, kid) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
INSERT INTO trusted_issuers
SELECT CONCAT('issuer-', n), CONCAT('https://idp', n % 4, '.example'), CONCAT('tenant-', n % 6), CONCAT('key-', LPAD(n, 4, '0'))
FROM (WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 180) SELECT n FROM seq) s
WHERE n % 3 = 0;

CREATE TABLE login_sessions (
  id varchar(40) NOT NULL,
  subject varchar(255) NOT NULL,
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
INSERT INTO login_sessions
SELECT CONCAT('ls-', n), CONCAT('rep-', n % 25)
FROM (WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 150) SELECT n FROM seq) s;

CREATE TABLE consent_requests (
  challenge varchar(40) NOT NULL,
  login_session_id varchar(40) NOT NULL DEFAULT '',
  client_id varchar(64) NOT NULL,
  requested_scope text NOT NULL,
  PRIMARY KEY (challenge),
  KEY consent_requests_ls_idx (login_session_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
INSERT INTO consent_requests
SELECT CONCAT('ch-', n),
       CASE WHEN n % 5 = 0 THEN '' WHEN n % 7 = 0 THEN CONCAT('expired-', n) ELSE CONCAT('ls-', n % 150 + 1) END,
       CONCAT('crm-app-', n % 240 + 1), 'openid offline contacts.read'
FROM (WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 400) SELECT n FROM seq) s;
