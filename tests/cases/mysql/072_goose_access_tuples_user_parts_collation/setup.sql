-- An authorization service's tables before the tool: tuples keyed on the whole "user" string,
-- identifiers compared case-insensitively (the server default collation).
CREATE TABLE access_store (
    id CHAR(26) NOT NULL PRIMARY KEY,
    name VARCHAR(64) NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NULL,
    deleted_at TIMESTAMP NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE access_tuple (
    store CHAR(26) NOT NULL,
    object_type VARCHAR(64) NOT NULL,
    object_id VARCHAR(128) NOT NULL,
    relation VARCHAR(50) NOT NULL,
    _user VARCHAR(200) NOT NULL,
    user_type VARCHAR(7) NOT NULL,
    ulid CHAR(26) NOT NULL,
    inserted_at TIMESTAMP NOT NULL,
    PRIMARY KEY (store, object_type, object_id, relation, _user),
    UNIQUE KEY idx_tuple_ulid (ulid),
    KEY idx_reverse_lookup_user (store, object_type, relation, _user)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE access_changelog (
    store CHAR(26) NOT NULL,
    object_type VARCHAR(64) NOT NULL,
    object_id VARCHAR(128) NOT NULL,
    relation VARCHAR(50) NOT NULL,
    _user VARCHAR(300) NOT NULL,
    operation INT NOT NULL,
    ulid CHAR(26) NOT NULL,
    inserted_at TIMESTAMP NOT NULL,
    PRIMARY KEY (store, ulid, object_type)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

INSERT INTO access_store (id, name, created_at, updated_at, deleted_at) VALUES
    ('01HSTORE0000000000000000A1', 'crm-prod', '2024-01-02 08:00:00', '2024-02-01 09:30:00', NULL),
    ('01HSTORE0000000000000000B2', 'crm-staging', '2024-01-03 08:00:00', NULL, NULL),
    ('01HSTORE0000000000000000C3', 'crm-legacy', '2023-06-01 08:00:00', '2023-09-01 10:00:00', '2023-12-31 23:59:59');

-- 180 tuples: plain users, typed users, wildcards and usersets
INSERT INTO access_tuple (store, object_type, object_id, relation, _user, user_type, ulid, inserted_at)
WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 180)
SELECT IF(n % 3 = 0, '01HSTORE0000000000000000B2', '01HSTORE0000000000000000A1'),
       ELT(1 + n % 3, 'account', 'deal', 'ticket'),
       CONCAT('obj-', LPAD(n, 4, '0')),
       ELT(1 + n % 4, 'owner', 'viewer', 'editor', 'member'),
       CASE n % 5
           WHEN 0 THEN CONCAT('rep', n)
           WHEN 1 THEN CONCAT('user:rep', n)
           WHEN 2 THEN 'user:*'
           WHEN 3 THEN CONCAT('team:sales', n % 7, '#member')
           ELSE CONCAT('group:region', n % 4, '#manager')
       END,
       IF(n % 5 IN (3, 4), 'userset', 'user'),
       CONCAT('01HTUPLE', LPAD(n, 18, '0')),
       TIMESTAMP('2024-03-01 00:00:00') + INTERVAL n MINUTE
FROM seq;

INSERT INTO access_changelog (store, object_type, object_id, relation, _user, operation, ulid, inserted_at)
SELECT store, object_type, object_id, relation, _user, 0, ulid, inserted_at FROM access_tuple;
INSERT INTO access_changelog (store, object_type, object_id, relation, _user, operation, ulid, inserted_at)
WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 40)
SELECT '01HSTORE0000000000000000A1', 'deal', CONCAT('gone-', n), 'viewer', CONCAT('user:former', n), 1,
       CONCAT('01HCHANGE', LPAD(n, 17, '0')), TIMESTAMP('2024-03-05 00:00:00') + INTERVAL n SECOND
FROM seq;
