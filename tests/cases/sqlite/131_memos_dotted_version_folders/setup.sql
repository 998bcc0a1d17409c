-- memos before 0.9: users, memos, a pin organizer, resources, activities feeding an inbox, reactions
-- keyed by the memo's resource name.
CREATE TABLE user (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  created_ts BIGINT NOT NULL DEFAULT (strftime('%s', 'now')),
  username TEXT NOT NULL UNIQUE,
  role TEXT NOT NULL CHECK (role IN ('HOST', 'ADMIN', 'USER')) DEFAULT 'USER',
  nickname TEXT NOT NULL DEFAULT ''
);
CREATE TABLE memo (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  uid TEXT NOT NULL UNIQUE,
  creator_id INTEGER NOT NULL,
  created_ts BIGINT NOT NULL DEFAULT (strftime('%s', 'now')),
  row_status TEXT NOT NULL CHECK (row_status IN ('NORMAL', 'ARCHIVED')) DEFAULT 'NORMAL',
  content TEXT NOT NULL DEFAULT '',
  visibility TEXT NOT NULL CHECK (visibility IN ('PUBLIC', 'PROTECTED', 'PRIVATE')) DEFAULT 'PRIVATE',
  payload TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX idx_memo_creator_id ON memo (creator_id);
CREATE TABLE memo_organizer (
  memo_id INTEGER NOT NULL,
  user_id INTEGER NOT NULL,
  pinned INTEGER NOT NULL CHECK (pinned IN (0, 1)) DEFAULT 0,
  UNIQUE(memo_id, user_id)
);
CREATE TABLE resource (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  uid TEXT NOT NULL UNIQUE,
  creator_id INTEGER NOT NULL,
  filename TEXT NOT NULL DEFAULT '',
  type TEXT NOT NULL DEFAULT '',
  size INTEGER NOT NULL DEFAULT 0,
  memo_id INTEGER
);
CREATE INDEX idx_resource_memo_id ON resource (memo_id);
CREATE TABLE activity (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  creator_id INTEGER NOT NULL,
  type TEXT NOT NULL DEFAULT '',
  payload TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE inbox (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  sender_id INTEGER NOT NULL,
  receiver_id INTEGER NOT NULL,
  status TEXT NOT NULL,
  message TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE reaction (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  created_ts BIGINT NOT NULL DEFAULT (strftime('%s', 'now')),
  creator_id INTEGER NOT NULL,
  content_id TEXT NOT NULL,
  reaction_type TEXT NOT NULL,
  UNIQUE(creator_id, content_id, reaction_type)
);

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 6)
INSERT INTO user (id, created_ts, username, role, nickname)
SELECT i, 1700000000 + i, 'user' || i, CASE i WHEN 1 THEN 'HOST' WHEN 2 THEN 'ADMIN' ELSE 'USER' END, 'User ' || i FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 60)
INSERT INTO memo (id, uid, creator_id, created_ts, row_status, content, visibility, payload)
SELECT i, printf('m%04d', i), 1 + i % 6, 1700001000 + i * 37, CASE WHEN i % 11 = 0 THEN 'ARCHIVED' ELSE 'NORMAL' END,
       'memo ' || i || CASE WHEN i % 4 = 0 THEN ' #work' ELSE '' END,
       CASE i % 3 WHEN 0 THEN 'PUBLIC' WHEN 1 THEN 'PROTECTED' ELSE 'PRIVATE' END,
       CASE WHEN i % 4 = 0 THEN '{"property": {"tags": ["work"]}}' ELSE '{}' END FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20)
INSERT INTO memo_organizer (memo_id, user_id, pinned) SELECT i * 3, 1 + (i * 3) % 6, i % 2 FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 30)
INSERT INTO resource (id, uid, creator_id, filename, type, size, memo_id)
SELECT i, printf('r%04d', i), 1 + i % 6, 'file' || i || '.png', 'image/png', i * 1024, CASE WHEN i % 5 = 0 THEN NULL ELSE i * 2 END FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 25)
INSERT INTO activity (id, creator_id, type, payload)
SELECT i, 1 + i % 6, 'TYPE_MEMO_COMMENT', json_object('memoComment', json_object('memoId', i * 2, 'relatedMemoId', i * 2 + 1)) FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 30)
INSERT INTO inbox (id, sender_id, receiver_id, status, message)
SELECT i, 1 + i % 6, 1 + (i + 2) % 6, CASE WHEN i % 3 = 0 THEN 'ARCHIVED' ELSE 'UNREAD' END,
       CASE WHEN i <= 27 THEN json_object('type', 'TYPE_MEMO_COMMENT', 'activityId', i) ELSE '{"type": "TYPE_VERSION_UPDATE"}' END FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 40)
INSERT INTO reaction (id, created_ts, creator_id, content_id, reaction_type)
SELECT i, 1700100000 + i, 1 + i % 6, 'memos/' || printf('m%04d', CASE WHEN i % 9 = 0 THEN 900 + i ELSE i END),
       CASE i % 3 WHEN 0 THEN 'THUMBS_UP' WHEN 1 THEN 'HEART' ELSE 'ROCKET' END FROM n;
