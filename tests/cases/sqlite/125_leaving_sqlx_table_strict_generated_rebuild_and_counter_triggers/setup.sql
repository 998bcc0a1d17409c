-- A bookmark service that used sqlx's migrator until now.
CREATE TABLE _sqlx_migrations (
    version BIGINT PRIMARY KEY,
    description TEXT NOT NULL,
    installed_on TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    success BOOLEAN NOT NULL,
    checksum BLOB NOT NULL,
    execution_time BIGINT NOT NULL
);
INSERT INTO _sqlx_migrations VALUES
    (20230104101500, 'create bookmarks', '2023-01-04 10:15:02', 1, x'9f86d081884c7d659a2feaa0c55ad015', 4210533),
    (20230211090000, 'add tags', '2023-02-11 09:00:01', 1, x'2c26b46b68ffc68ff99b453c1d304134', 1877210),
    (20230530170000, 'tag counts', '2023-05-30 17:00:03', 1, x'fcde2b2edba56bf408601fb721fe9b5c', 955100);

CREATE TABLE bookmarks (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    url TEXT NOT NULL,
    title TEXT,
    meta TEXT NOT NULL DEFAULT '{}',
    archived INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
);
CREATE TABLE tags (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
CREATE TABLE bookmark_tags (
    bookmark_id INTEGER NOT NULL REFERENCES bookmarks(id),
    tag_id INTEGER NOT NULL REFERENCES tags(id),
    PRIMARY KEY (bookmark_id, tag_id)
) WITHOUT ROWID;
CREATE TABLE tag_counts (tag_id INTEGER PRIMARY KEY, n INTEGER NOT NULL DEFAULT 0);
CREATE TRIGGER bookmark_tags_ai AFTER INSERT ON bookmark_tags BEGIN
    INSERT INTO tag_counts (tag_id, n) VALUES (new.tag_id, 1)
    ON CONFLICT (tag_id) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER bookmark_tags_ad AFTER DELETE ON bookmark_tags BEGIN
    UPDATE tag_counts SET n = n - 1 WHERE tag_id = old.tag_id;
END;

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 90)
INSERT INTO bookmarks (url, title, meta, archived, created_at)
SELECT CASE i % 3 WHEN 0 THEN 'HTTPS://Example.org/page/' || i WHEN 1 THEN 'https://docs.example.com/p' || i || '/' ELSE 'http://blog.example.net/' || i END,
       CASE WHEN i % 8 = 0 THEN NULL ELSE 'Page ' || i END,
       json_object('lang', CASE WHEN i % 2 = 0 THEN 'en' ELSE 'de' END, 'reading_minutes', i % 13, 'source', json_object('kind', CASE WHEN i % 5 = 0 THEN 'import' ELSE 'manual' END, 'file', CASE WHEN i % 5 = 0 THEN 'pinboard.json' END)),
       i % 10 = 0,
       printf('2023-%02d-%02d 12:00:00', 1 + i % 12, 1 + i % 28)
FROM n
ORDER BY i;
DELETE FROM bookmarks WHERE id IN (4, 5);

INSERT INTO tags VALUES (1, 'rust'), (2, 'sqlite'), (3, 'Reading'), (4, 'reading'), (5, 'todo'), (6, 'unused');
INSERT INTO bookmark_tags SELECT b.id, t.id FROM bookmarks b, tags t WHERE t.id < 6 AND (b.id + t.id) % 4 = 0 ORDER BY b.id, t.id;
