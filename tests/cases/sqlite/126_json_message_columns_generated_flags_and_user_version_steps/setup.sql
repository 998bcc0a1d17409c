-- A desktop messenger's database at schema version 1260: every message keeps its full JSON,
-- a few columns are lifted out of it.
CREATE TABLE conversations (
    id TEXT PRIMARY KEY,
    type TEXT,
    name TEXT,
    json TEXT
);
CREATE TABLE messages (
    rowid INTEGER PRIMARY KEY ASC,
    id TEXT UNIQUE,
    json TEXT,
    conversationId TEXT,
    type STRING,
    body TEXT,
    source TEXT,
    sent_at INTEGER,
    hasExpireTimer INTEGER,
    expirationStartTimestamp INTEGER,
    isStory INTEGER GENERATED ALWAYS AS (type IS 'story'),
    storySize INTEGER AS (length(json)) STORED
);
CREATE INDEX messages_conversationId_hasExpireTimer_expirationStartTimestamp
    ON messages (conversationId, hasExpireTimer, expirationStartTimestamp);
CREATE INDEX messages_conversation_story ON messages (conversationId, isStory, sent_at);
CREATE TABLE chatFolders (
    id TEXT PRIMARY KEY NOT NULL,
    folderType INTEGER NOT NULL,
    name TEXT NOT NULL,
    position INTEGER NOT NULL,
    storageVersion INTEGER,
    deletedAtTimestampMs INTEGER NOT NULL DEFAULT 0
) STRICT;
PRAGMA user_version = 1260;

INSERT INTO conversations VALUES
    ('c-1', 'private', 'Ada', '{"e164":"+15550001"}'),
    ('c-2', 'private', 'Grace', '{"e164":"+15550002"}'),
    ('c-3', 'group', 'Book club', '{"groupVersion":2}'),
    ('c-4', 'group', 'Family', '{"groupVersion":2}');

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 160)
INSERT INTO messages (rowid, id, json, conversationId, type, body, source, sent_at, hasExpireTimer, expirationStartTimestamp)
SELECT i, printf('msg-%05d', i),
       json_object(
           'timestamp', 1700000000000 + i * 60000,
           'received_at_ms', 1700000000000 + i * 60000 + 250 + i % 7,
           'unidentifiedDeliveryReceived', json(CASE WHEN i % 3 = 0 THEN 'true' ELSE 'false' END),
           'serverTimestamp', CASE WHEN i % 4 = 0 THEN NULL ELSE 1700000000000 + i * 60000 + 100 END,
           'source', CASE WHEN i % 5 = 0 THEN NULL ELSE '+1555000' || (1 + i % 2) END,
           'preview', CASE WHEN i % 6 = 0 THEN json_array(json_object('url', 'https://example.org/' || i)) END),
       'c-' || (1 + i % 4),
       CASE WHEN i % 10 = 0 THEN 'story' WHEN i % 2 = 0 THEN 'outgoing' ELSE 'incoming' END,
       'message ' || i || CASE WHEN i % 9 = 0 THEN ' 🙂' ELSE '' END,
       '1555000' || (1 + i % 2),
       1700000000000 + i * 60000,
       CASE WHEN i % 8 = 0 THEN 1 ELSE 0 END,
       CASE WHEN i % 8 = 0 THEN 1700000000000 + i * 60000 + 5000 END
FROM n
ORDER BY i;

INSERT INTO chatFolders VALUES
    ('f-all-1', 1, '', 0, 3, 0),
    ('f-all-2', 1, '', 0, 7, 0),
    ('f-all-3', 1, '', 0, NULL, 0),
    ('f-work', 2, 'Work', 1, 4, 0),
    ('f-fam', 2, 'Family', 2, 5, 1700000500000);
