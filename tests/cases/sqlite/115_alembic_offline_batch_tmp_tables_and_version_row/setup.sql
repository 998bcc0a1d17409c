-- A recipe-sharing add-on of a CRM's intranet (Mealie-like), SQLAlchemy + alembic on SQLite.
CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);
INSERT INTO alembic_version (version_num) VALUES ('3d2a1b0c9e8f');

CREATE TABLE groups (
    id INTEGER NOT NULL,
    name VARCHAR NOT NULL,
    created_at DATETIME,
    PRIMARY KEY (id),
    UNIQUE (name)
);
CREATE TABLE users (
    id INTEGER NOT NULL,
    full_name VARCHAR,
    username VARCHAR,
    email VARCHAR,
    password VARCHAR,
    admin BOOLEAN,
    group_id INTEGER,
    auth_method VARCHAR(6) NOT NULL,
    created_at DATETIME,
    PRIMARY KEY (id),
    FOREIGN KEY(group_id) REFERENCES groups (id),
    CONSTRAINT authmethod CHECK (auth_method IN ('Mealie', 'LDAP'))
);
CREATE UNIQUE INDEX ix_users_email ON users (email);
CREATE INDEX ix_users_group_id ON users (group_id);
CREATE TABLE recipes (
    id INTEGER NOT NULL,
    group_id INTEGER,
    user_id INTEGER,
    name VARCHAR NOT NULL,
    slug VARCHAR,
    description VARCHAR,
    rating INTEGER,
    org_url VARCHAR,
    created_at DATETIME,
    PRIMARY KEY (id),
    FOREIGN KEY(group_id) REFERENCES groups (id),
    FOREIGN KEY(user_id) REFERENCES users (id),
    CONSTRAINT recipe_slug_group_id_key UNIQUE (slug, group_id)
);
CREATE INDEX ix_recipes_slug ON recipes (slug);

INSERT INTO groups (id, name, created_at) VALUES (1, 'Home', '2024-01-01 00:00:00.000000'), (2, 'Sales floor', '2024-02-01 00:00:00.000000');
INSERT INTO users (id, full_name, username, email, password, admin, group_id, auth_method, created_at) VALUES
  (1, 'Change Me', 'admin', 'changeme@example.com', '$2b$12$admin', 1, 1, 'Mealie', '2024-01-01 00:00:00.000000'),
  (2, 'Rita Chef', 'rita', 'rita@example.com', '$2b$12$rita', 0, 2, 'LDAP', '2024-02-03 10:00:00.000000'),
  (3, 'Omar Cook', NULL, 'omar@example.com', '$2b$12$omar', 0, 2, 'Mealie', '2024-02-04 11:00:00.000000');
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 36)
INSERT INTO recipes (id, group_id, user_id, name, slug, description, rating, org_url, created_at)
SELECT i, 1 + i % 2, 1 + i % 3, 'Team lunch ' || i, 'team-lunch-' || i, CASE WHEN i % 4 = 0 THEN NULL ELSE 'Serves ' || (2 + i % 6) END,
       CASE WHEN i % 5 = 0 THEN NULL ELSE i % 6 END, CASE WHEN i % 3 = 0 THEN 'https://recipes.example.org/' || i END,
       printf('2024-03-%02d 12:00:00.000000', 1 + i % 28)
FROM n ORDER BY i;
