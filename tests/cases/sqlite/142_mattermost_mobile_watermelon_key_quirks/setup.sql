-- Mattermost-mobile-like WatermelonDB store: text ids, `_changed` / `_status` sync columns, a
-- key-value table with a NOCASE key, a reactions table keyed by a composite key whose emoji part
-- may be NULL (a rowid table allows it), custom emoji keyed by an `INTEGER PRIMARY KEY DESC`
-- (an ordinary column beside a hidden rowid), drafts keyed by RTRIM text.
CREATE TABLE local_storage (key TEXT PRIMARY KEY NOT NULL COLLATE NOCASE, value TEXT NOT NULL);
CREATE TABLE post (id TEXT PRIMARY KEY NOT NULL, _changed TEXT NOT NULL DEFAULT '', _status TEXT NOT NULL DEFAULT '',
  channel_id TEXT NOT NULL, create_at INTEGER NOT NULL, message TEXT NOT NULL, props TEXT NOT NULL DEFAULT '{}', is_pinned INTEGER NOT NULL DEFAULT 0);
CREATE INDEX post_channel_id ON post (channel_id);
CREATE TABLE reaction (user_id TEXT NOT NULL, post_id TEXT NOT NULL, emoji_name TEXT, create_at INTEGER NOT NULL,
  PRIMARY KEY (user_id, post_id, emoji_name));
CREATE TABLE custom_emoji (id INTEGER PRIMARY KEY DESC, name TEXT NOT NULL, creator_id TEXT NOT NULL);
CREATE TABLE draft (channel_root TEXT COLLATE RTRIM PRIMARY KEY NOT NULL, message TEXT NOT NULL, files TEXT NOT NULL DEFAULT '[]');

INSERT INTO local_storage VALUES ('Theme', '{"type":"denim"}'), ('lastViewedChannel', 'ch-1'), ('pushToken', 'tok-abc'), ('DeviceToken', 'dev-1');
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 120)
INSERT INTO post SELECT printf('p%025d', i), CASE WHEN i % 9 = 0 THEN 'message' ELSE '' END, CASE WHEN i % 9 = 0 THEN 'updated' ELSE 'synced' END,
  'ch-' || (1 + i % 4), 1690000000000 + i * 60000, 'message ' || i || CASE WHEN i % 10 = 0 THEN ' :thumbsup:' ELSE '' END,
  CASE WHEN i % 8 = 0 THEN json_object('attachments', json_array(json_object('text', 'build ' || i))) ELSE '{}' END, i % 15 = 0 FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 60)
INSERT INTO reaction SELECT 'u' || (i % 5), printf('p%025d', 1 + (i * 7) % 120), CASE WHEN i % 11 = 0 THEN NULL ELSE (CASE i % 3 WHEN 0 THEN 'smile' WHEN 1 THEN '+1' ELSE 'tada' END) END,
  1690000000000 + i FROM n WHERE 1 GROUP BY 1, 2, 3;
-- explicit rowids, as a long-lived table has after deletions
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 12)
INSERT INTO custom_emoji (rowid, id, name, creator_id) SELECT 50 + i * 3, 1000 + i, 'emoji_' || i, 'u' || (i % 5) FROM n;
INSERT INTO draft VALUES ('ch-1', 'half-written reply', '[]'), ('ch-2 ', 'with trailing space key', '["f1"]'), ('ch-3', '', '[]');
