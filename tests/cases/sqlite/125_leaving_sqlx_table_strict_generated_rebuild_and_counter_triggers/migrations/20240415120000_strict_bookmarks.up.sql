-- bookmarks become STRICT with a generated host column; the AUTOINCREMENT counter carries over
-- bookmark_tags references bookmarks: the table is swapped with foreign keys off
PRAGMA foreign_keys = OFF;

DROP TRIGGER bookmark_tags_ai;
DROP TRIGGER bookmark_tags_ad;

CREATE TABLE bookmarks_new (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    url TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    meta TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(meta)),
    archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    created_at TEXT NOT NULL,
    host TEXT GENERATED ALWAYS AS (lower(substr(url, instr(url, '://') + 3, instr(substr(url, instr(url, '://') + 3) || '/', '/') - 1))) VIRTUAL,
    reading_minutes INTEGER GENERATED ALWAYS AS (json_extract(meta, '$.reading_minutes')) STORED
) STRICT;

INSERT INTO bookmarks_new (id, url, title, meta, archived, created_at)
SELECT id,
       CASE WHEN url LIKE 'HTTPS://%' THEN 'https://' || substr(url, 9) WHEN url LIKE 'http://%' THEN 'https://' || substr(url, 8) ELSE url END,
       coalesce(title, ''), meta, archived, created_at
FROM bookmarks
ORDER BY id;

DROP TABLE bookmarks;
ALTER TABLE bookmarks_new RENAME TO bookmarks;

CREATE INDEX bookmarks_host ON bookmarks (host);
CREATE INDEX bookmarks_unread ON bookmarks (created_at) WHERE archived = 0;

-- counters are kept by triggers again, now also when a tag is moved
CREATE TRIGGER bookmark_tags_ai AFTER INSERT ON bookmark_tags BEGIN
    INSERT INTO tag_counts (tag_id, n) VALUES (new.tag_id, 1)
    ON CONFLICT (tag_id) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER bookmark_tags_ad AFTER DELETE ON bookmark_tags BEGIN
    UPDATE tag_counts SET n = n - 1 WHERE tag_id = old.tag_id;
    DELETE FROM tag_counts WHERE tag_id = old.tag_id AND n <= 0;
END;

INSERT INTO migrations (name) VALUES ('20240415120000_strict_bookmarks.sql');

PRAGMA foreign_key_check;
PRAGMA foreign_keys = ON;
