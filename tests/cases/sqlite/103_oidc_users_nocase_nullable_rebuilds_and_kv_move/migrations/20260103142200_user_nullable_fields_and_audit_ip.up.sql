PRAGMA foreign_keys= OFF;
BEGIN;

CREATE TABLE users_new
(
    id           TEXT                  NOT NULL PRIMARY KEY,
    created_at   DATETIME,
    updated_at   DATETIME,
    username     TEXT COLLATE NOCASE   NOT NULL UNIQUE,
    email        TEXT UNIQUE,
    first_name   TEXT                  NOT NULL,
    last_name    TEXT                  NOT NULL,
    display_name TEXT                  NOT NULL,
    is_admin     BOOLEAN DEFAULT FALSE NOT NULL,
    ldap_id      TEXT UNIQUE,
    locale       TEXT,
    disabled     BOOLEAN DEFAULT FALSE NOT NULL
);

INSERT INTO users_new (
    id,
    created_at,
    username,
    email,
    first_name,
    last_name,
    display_name,
    is_admin,
    ldap_id,
    locale,
    disabled
) SELECT
    id,
    created_at,
    username,
    email,
    COALESCE(first_name, ''),
    last_name,
    display_name,
    is_admin,
    ldap_id,
    locale,
    disabled FROM users;

DROP TABLE users;
ALTER TABLE users_new RENAME TO users;

/* directory accounts may come without an e-mail address */
INSERT INTO users (id, created_at, updated_at, username, email, first_name, last_name, display_name, ldap_id)
VALUES ('6f1c0e52-0006', '2026-01-03 15:00:00', '2026-01-03 15:00:00', 'svc-sync', NULL, 'Sync', 'Service', 'Sync Service', 'uid=svc-sync');
UPDATE users SET email = NULL, updated_at = '2026-01-03 15:00:00' WHERE ldap_id = 'uid=max';

/* the client IP is optional: 'unknown' becomes NULL */
CREATE TABLE audit_logs_new
(
    id         TEXT     NOT NULL PRIMARY KEY,
    created_at DATETIME NOT NULL,
    event      TEXT     NOT NULL,
    ip_address TEXT,
    user_agent TEXT     NOT NULL,
    data       BLOB     NOT NULL,
    user_id    TEXT REFERENCES users ON DELETE CASCADE
);
INSERT INTO audit_logs_new SELECT id, created_at, event, NULLIF(ip_address, 'unknown'), user_agent, data, user_id FROM audit_logs;
DROP TABLE audit_logs;
ALTER TABLE audit_logs_new RENAME TO audit_logs;
CREATE INDEX idx_audit_logs_event ON audit_logs (event);

COMMIT;
PRAGMA foreign_keys= ON;
