-- v4 -> v5: the bookmarks table of v4 was incomplete; it is dropped and the whole
-- schema script runs again: every other CREATE ... IF NOT EXISTS is a no-op.
DROP TABLE bookmarks;

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
    fk INTEGER DEFAULT NULL,
    type INTEGER NOT NULL,
    parent INTEGER,
    position INTEGER NOT NULL,
    title TEXT, -- NULL is special: 'not edited'
    dateAdded INTEGER NOT NULL DEFAULT 0,
    lastModified INTEGER NOT NULL DEFAULT 0,
    guid TEXT NOT NULL UNIQUE CHECK(length(guid) == 12),
    syncStatus INTEGER NOT NULL DEFAULT 0,
    syncChangeCounter INTEGER NOT NULL DEFAULT 1,

    CHECK((type == 1 AND fk IS NOT NULL) OR (type > 1 AND fk IS NULL))
    CHECK(guid == "root________" OR parent IS NOT NULL)

    FOREIGN KEY(fk) REFERENCES pages(id) ON DELETE RESTRICT
    FOREIGN KEY(parent) REFERENCES bookmarks(id) ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS itemlastmodifiedindex ON bookmarks(fk, lastModified);
-- an index name reused by mistake: IF NOT EXISTS makes it a silent no-op
CREATE UNIQUE INDEX IF NOT EXISTS frecencyindex ON bookmarks(guid);
CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,
    value NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS keywords (
    page_id INTEGER PRIMARY KEY REFERENCES pages(id) ON DELETE RESTRICT,
    keyword TEXT NOT NULL UNIQUE
);
CREATE TABLE IF NOT EXISTS stale_frecencies (
    page_id INTEGER PRIMARY KEY NOT NULL REFERENCES pages(id)
                                        ON DELETE CASCADE,
    stale_at INTEGER NOT NULL -- milliseconds
);
CREATE INDEX IF NOT EXISTS keywords_partial ON keywords(keyword)
                                                 WHERE keyword NOT NULL;

INSERT INTO bookmarks (id, fk, type, parent, position, title, guid, syncStatus) VALUES
    (1, NULL, 2, NULL, 0, '', 'root________', 2),
    (2, NULL, 2, 1, 0, 'menu', 'menu________', 2),
    (3, NULL, 2, 1, 1, 'toolbar', 'toolbar_____', 2),
    (4, NULL, 2, 1, 2, 'unfiled', 'unfiled_____', 2);
PRAGMA user_version = 5;
