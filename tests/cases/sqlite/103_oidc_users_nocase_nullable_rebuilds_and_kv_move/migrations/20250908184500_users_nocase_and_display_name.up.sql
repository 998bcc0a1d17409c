PRAGMA foreign_keys=OFF;
BEGIN;

/* Rebuild users: COLLATE NOCASE on username, a display name, last_name required */
CREATE TABLE users_new
(
    id           TEXT                  NOT NULL PRIMARY KEY,
    created_at   DATETIME,
    username     TEXT                  NOT NULL UNIQUE COLLATE NOCASE,
    email        TEXT                  NOT NULL UNIQUE,
    first_name   TEXT,
    last_name    TEXT                  NOT NULL,
    display_name TEXT                  NOT NULL,
    is_admin     BOOLEAN DEFAULT FALSE NOT NULL,
    locale       TEXT,
    ldap_id      TEXT,
    disabled     BOOLEAN DEFAULT FALSE NOT NULL
);

INSERT INTO users_new (id, created_at, username, email, first_name, last_name, display_name, is_admin, locale, ldap_id,
                       disabled)
SELECT id,
       created_at,
       lower(username),
       email,
       first_name,
       COALESCE(last_name, ''),
       TRIM(COALESCE(first_name, '') || ' ' || COALESCE(last_name, '')),
       CASE WHEN is_admin != 0 THEN TRUE ELSE FALSE END,
       locale,
       ldap_id,
       CASE WHEN disabled != 0 THEN TRUE ELSE FALSE END
FROM users;

/* Replace old table */
DROP TABLE users;
ALTER TABLE users_new RENAME TO users;

CREATE UNIQUE INDEX users_ldap_id
    ON users (ldap_id);

/* Drop the functional unique index: the collation does its work now */
DROP INDEX IF EXISTS users_username_lower_unique;

COMMIT;
PRAGMA foreign_keys=ON;
