-- A map directory's database before migrations 8 to 11 (runner sorts 1.sql .. 99.sql as numbers).
CREATE TABLE element (
    id TEXT PRIMARY KEY NOT NULL,
    osm_json TEXT NOT NULL DEFAULT (json_object()),
    tags TEXT NOT NULL DEFAULT (json_object()),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ')),
    deleted_at TEXT NOT NULL DEFAULT ''
);
CREATE TRIGGER element_updated_at UPDATE OF osm_json, tags, deleted_at ON element
BEGIN
    UPDATE element SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ') WHERE id = old.id;
END;

CREATE TABLE area (
    id INTEGER PRIMARY KEY NOT NULL,
    tags TEXT NOT NULL DEFAULT (json_object()),
    element_ids TEXT NOT NULL DEFAULT '[]',
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ')),
    deleted_at TEXT
);
CREATE TRIGGER area_updated_at UPDATE OF tags, element_ids, deleted_at ON area
BEGIN
    UPDATE area SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ') WHERE id = old.id;
END;

CREATE TABLE admin (
    id INTEGER PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    password TEXT NOT NULL,
    allowed_actions TEXT NOT NULL DEFAULT '[]',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE UNIQUE INDEX admin_name ON admin(name);
CREATE TRIGGER admin_updated_at UPDATE OF name, password, allowed_actions ON admin
BEGIN
    UPDATE admin SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ') WHERE id = old.id;
END;

CREATE TABLE boost (
    id INTEGER PRIMARY KEY NOT NULL,
    admin_id INTEGER NOT NULL REFERENCES admin(id),
    element_id TEXT NOT NULL,
    duration_days INTEGER NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX boost_admin_id ON boost(admin_id);

CREATE TABLE conf (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    paywall_add_element_comment_price_sat INTEGER NOT NULL DEFAULT 0
);
INSERT INTO conf VALUES (1, 500);

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 80)
INSERT INTO element (id, osm_json, tags, created_at, updated_at, deleted_at)
SELECT CASE WHEN i % 4 = 0 THEN 'way:' ELSE 'node:' END || (1000 + i),
       json_object('type', CASE WHEN i % 4 = 0 THEN 'way' ELSE 'node' END, 'id', 1000 + i, 'lat', 40 + i / 100.0, 'lon', -3 - i / 50.0),
       json_object('category', CASE i % 3 WHEN 0 THEN 'cafe' WHEN 1 THEN 'atm' ELSE 'shop' END, 'boosted', i % 7 = 0),
       printf('2023-05-%02dT10:00:00.000Z', 1 + i % 28),
       printf('2023-06-%02dT10:00:00.000Z', 1 + i % 28),
       CASE WHEN i % 9 = 0 THEN printf('2023-07-%02dT00:00:00.000Z', 1 + i % 28) ELSE '' END
FROM n;

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 8)
INSERT INTO area (id, tags, element_ids, created_at, updated_at, deleted_at)
SELECT i,
       json_object('name', 'Area ' || i, 'url_alias', 'area-' || i, 'type', CASE WHEN i % 2 = 0 THEN 'country' ELSE 'community' END, 'icon:square', 'sq' || i || '.png'),
       (SELECT json_group_array(e.id) FROM (SELECT id FROM element WHERE (CAST(substr(id, instr(id, ':') + 1) AS INTEGER) % 8) + 1 = i ORDER BY id) e),
       '2023-01-01T00:00:00.000Z', '2023-01-02T00:00:00.000Z',
       CASE WHEN i = 8 THEN '2023-03-01T00:00:00.000Z' END
FROM n;

INSERT INTO admin VALUES
    (1, 'root', 'hash-1', '["all"]', '2022-12-01T00:00:00.000Z', '2022-12-01T00:00:00.000Z', NULL),
    (2, 'alice', 'hash-2', '["boost","area"]', '2022-12-02T00:00:00.000Z', '2023-01-02T00:00:00.000Z', NULL),
    (3, 'bob', 'hash-3', '[]', '2022-12-03T00:00:00.000Z', '2023-01-03T00:00:00.000Z', '2023-02-01T00:00:00.000Z'),
    (5, 'carol', 'hash-5', '["boost"]', '2022-12-05T00:00:00.000Z', '2023-01-05T00:00:00.000Z', NULL);

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 30)
INSERT INTO boost (id, admin_id, element_id, duration_days, created_at)
SELECT i, CASE i % 4 WHEN 0 THEN 1 WHEN 1 THEN 2 WHEN 2 THEN 3 ELSE 5 END,
       'node:' || (1000 + i * 2 + 1), 30 * (1 + i % 3), printf('2023-08-%02dT12:00:00.000Z', i)
FROM n;
