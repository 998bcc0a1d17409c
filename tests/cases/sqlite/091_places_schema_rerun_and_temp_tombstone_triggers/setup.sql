-- Browsing history of a CRM's built-in browser (mozilla places-style): pages grouped by
-- site, a bookmark tree whose table constraints are written without commas between
-- them, a key/value meta table with an untyped value, and the schema version kept in
-- PRAGMA user_version.
PRAGMA user_version = 4;
CREATE TABLE IF NOT EXISTS sites (
    id INTEGER PRIMARY KEY,
    prefix TEXT NOT NULL,
    host TEXT NOT NULL,
    rev_host TEXT NOT NULL,
    frecency INTEGER NOT NULL,
    UNIQUE (prefix, host)
);
CREATE INDEX IF NOT EXISTS hostindex ON sites(rev_host);
CREATE TABLE IF NOT EXISTS pages (
    id INTEGER PRIMARY KEY,
    url LONGVARCHAR NOT NULL,
    title LONGVARCHAR,
    visit_count INTEGER NOT NULL DEFAULT 0,
    frecency INTEGER DEFAULT -1 NOT NULL,
    guid TEXT NOT NULL UNIQUE,
    origin_id INTEGER,
    sync_change_counter INTEGER NOT NULL DEFAULT 0,

    FOREIGN KEY(origin_id) REFERENCES sites(id) ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS frecencyindex ON pages(frecency);
CREATE TABLE IF NOT EXISTS page_tombstones (
    guid TEXT PRIMARY KEY
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS bookmarks (
    id INTEGER PRIMARY KEY,
    fk INTEGER DEFAULT NULL, -- page id
    type INTEGER NOT NULL,
    parent INTEGER,
    position INTEGER NOT NULL,
    title TEXT,
    guid TEXT NOT NULL UNIQUE CHECK(length(guid) == 12),

    -- bookmarks point at a page, folders and separators do not
    CHECK((type == 1 AND fk IS NOT NULL) OR (type > 1 AND fk IS NULL))
    -- only the root has no parent
    CHECK(guid == "root________" OR parent IS NOT NULL)

    FOREIGN KEY(fk) REFERENCES pages(id) ON DELETE RESTRICT
    FOREIGN KEY(parent) REFERENCES bookmarks(id) ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,
    value NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS keywords (
    page_id INTEGER PRIMARY KEY REFERENCES pages(id) ON DELETE RESTRICT,
    keyword TEXT NOT NULL UNIQUE
);

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 40)
INSERT INTO sites SELECT i, CASE WHEN i % 3 = 0 THEN 'http://' ELSE 'https://' END, 'acct' || i || '.example',
       'elpmaxe.' || i || 'tcca.', (i * 37) % 200 FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 600)
INSERT INTO pages SELECT i, 'https://acct' || (1 + i % 40) || '.example/deal/' || i, CASE WHEN i % 9 = 0 THEN NULL ELSE 'Deal ' || i END,
       i % 17, (i * 53) % 400 - 20, printf('pg%010d', i), 1 + i % 40, i % 3 FROM n;
INSERT INTO bookmarks (id, fk, type, parent, position, title, guid) VALUES
    (1, NULL, 2, NULL, 0, '', 'root________'),
    (2, NULL, 2, 1, 0, 'menu', 'menu________'),
    (3, NULL, 2, 1, 1, 'toolbar', 'toolbar_____'),
    (4, NULL, 3, 2, 0, NULL, 'separator001');
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 80)
INSERT INTO bookmarks (id, fk, type, parent, position, title, guid)
SELECT 10 + i, 6 * i, 1, 2 + i % 2, i, 'Bookmark ' || i, printf('bm%010d', i) FROM n;
INSERT INTO meta VALUES ('sync_id', 'a1b2c3'), ('origin_frecency_count', 31), ('origin_frecency_sum', 3900.0), ('last_sync', x'0102');
INSERT INTO keywords VALUES (7, 'pipeline'), (14, 'forecast'), (21, 'renewals');
