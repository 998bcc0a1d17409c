-- An OIDC provider's database (pocket-id-like), golang-migrate with SQLite.
CREATE TABLE users
(
    id         TEXT                  NOT NULL PRIMARY KEY,
    created_at DATETIME,
    username   TEXT                  NOT NULL UNIQUE,
    email      TEXT                  NOT NULL UNIQUE,
    first_name TEXT,
    last_name  TEXT,
    is_admin   NUMERIC DEFAULT FALSE NOT NULL,
    locale     TEXT,
    ldap_id    TEXT,
    disabled   NUMERIC DEFAULT FALSE NOT NULL
);
CREATE UNIQUE INDEX users_ldap_id ON users (ldap_id);

CREATE TABLE user_groups
(
    id            TEXT NOT NULL PRIMARY KEY,
    created_at    DATETIME,
    friendly_name TEXT NOT NULL,
    name          TEXT NOT NULL UNIQUE
);

CREATE TABLE user_groups_users
(
    user_id       TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    user_group_id TEXT NOT NULL REFERENCES user_groups (id) ON DELETE CASCADE,
    PRIMARY KEY (user_id, user_group_id)
);

CREATE TABLE app_config_variables
(
    key   VARCHAR(100) NOT NULL PRIMARY KEY,
    value TEXT         NOT NULL
);

CREATE TABLE kv
(
    "key"   TEXT NOT NULL PRIMARY KEY,
    "value" TEXT NOT NULL
);

CREATE TABLE audit_logs
(
    id         TEXT     NOT NULL PRIMARY KEY,
    created_at DATETIME NOT NULL,
    event      TEXT     NOT NULL,
    ip_address TEXT     NOT NULL,
    user_agent TEXT     NOT NULL,
    data       BLOB     NOT NULL,
    user_id    TEXT REFERENCES users ON DELETE CASCADE
);
CREATE INDEX idx_audit_logs_event ON audit_logs (event);

CREATE TABLE one_time_access_tokens
(
    id         TEXT     NOT NULL PRIMARY KEY,
    created_at DATETIME,
    token      TEXT     NOT NULL UNIQUE,
    expires_at DATETIME NOT NULL,
    user_id    TEXT     NOT NULL REFERENCES users ON DELETE CASCADE
);

INSERT INTO users (id, created_at, username, email, first_name, last_name, is_admin, locale, ldap_id, disabled) VALUES
    ('6f1c0e52-0001', '2025-01-04 09:00:00', 'Admin', 'admin@example.org', 'Ada', 'Admin', 1, 'en', NULL, 0),
    ('6f1c0e52-0002', '2025-01-05 10:30:00', 'j.doe', 'jdoe@example.org', 'Jane', NULL, 0, 'de', 'uid=jdoe', 0),
    ('6f1c0e52-0003', '2025-01-06 11:45:00', 'MaxMustermann', 'max@example.org', NULL, 'Mustermann', 0, NULL, 'uid=max', 1),
    ('6f1c0e52-0004', '2025-02-01 08:00:00', 'support-Bot', 'bot@example.org', 'Support', 'Bot', 0, 'en', NULL, 0),
    ('6f1c0e52-0005', '2025-02-11 14:20:00', 'lina', 'lina@example.org', 'Lina', 'Berg', 1, 'sv', 'uid=lina', 0);

INSERT INTO user_groups VALUES
    ('g-1', '2025-01-04 09:00:00', 'Administrators', 'admins'),
    ('g-2', '2025-01-04 09:00:00', 'Sales team', 'sales'),
    ('g-3', '2025-03-01 12:00:00', 'Contractors', 'contractors');
INSERT INTO user_groups_users VALUES
    ('6f1c0e52-0001', 'g-1'), ('6f1c0e52-0005', 'g-1'), ('6f1c0e52-0002', 'g-2'),
    ('6f1c0e52-0003', 'g-2'), ('6f1c0e52-0004', 'g-3'), ('6f1c0e52-0002', 'g-3');

INSERT INTO app_config_variables VALUES
    ('appName', 'CRM Login'), ('instanceId', '3b7f-44a1-instance'), ('sessionDuration', '60'), ('emailsVerified', 'false');
INSERT INTO kv VALUES ('schema_generation', '2');

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 40)
INSERT INTO audit_logs (id, created_at, event, ip_address, user_agent, data, user_id)
SELECT printf('al-%03d', i), printf('2025-03-%02d %02d:10:00', 1 + i % 28, i % 24),
       CASE i % 3 WHEN 0 THEN 'SIGN_IN' WHEN 1 THEN 'TOKEN_SIGN_IN' ELSE 'CLIENT_AUTHORIZATION' END,
       CASE WHEN i % 7 = 0 THEN 'unknown' ELSE '10.0.' || (i % 4) || '.' || i END,
       'Mozilla/5.0', CAST('{"client":"crm-' || (i % 2) || '"}' AS BLOB),
       CASE WHEN i % 9 = 0 THEN NULL ELSE '6f1c0e52-000' || (1 + i % 5) END
FROM n;

INSERT INTO one_time_access_tokens VALUES
    ('ot-1', '2025-03-01 10:00:00', 'tok-a1', '2025-03-01 10:15:00', '6f1c0e52-0002'),
    ('ot-2', '2025-03-02 10:00:00', 'tok-b2', '2025-03-02 10:15:00', '6f1c0e52-0004');
