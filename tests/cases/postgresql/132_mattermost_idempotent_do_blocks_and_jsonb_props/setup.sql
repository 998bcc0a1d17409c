-- A team chat server (mattermost-like, golang-migrate with .up.sql / .down.sql): idempotent DDL
-- inside DO blocks that look at information_schema first, text props turned jsonb, member counts.
CREATE TABLE channels (id varchar(26) PRIMARY KEY, teamid varchar(26), type varchar(1), displayname varchar(64), name varchar(64),
    props text, totalmsgcount bigint, deleteat bigint);
CREATE TABLE channelmembers (channelid varchar(26) NOT NULL, userid varchar(26) NOT NULL, roles varchar(64),
    notifyprops text, msgcount bigint, mentioncount bigint, PRIMARY KEY (channelid, userid));
CREATE TABLE posts (id varchar(26) PRIMARY KEY, createat bigint, channelid varchar(26), message varchar(65535), props text, deleteat bigint);
INSERT INTO channels SELECT lpad(g::text, 26, 'c'), lpad((g % 3)::text, 26, 't'), (ARRAY['O', 'P', 'D'])[1 + g % 3], 'Channel ' || g, 'channel-' || g,
    CASE WHEN g % 4 = 0 THEN '' ELSE '{"purpose_set": true, "n": ' || g || '}' END, g * 10, CASE WHEN g % 9 = 0 THEN 1690000000000 ELSE 0 END
FROM generate_series(1, 36) g ORDER BY g;
INSERT INTO channelmembers SELECT lpad((1 + g % 36)::text, 26, 'c'), lpad(g::text, 26, 'u'), 'channel_user',
    '{"desktop": "default", "mark_unread": "all"}', g % 10, g % 3 FROM generate_series(1, 250) g ORDER BY g;
INSERT INTO posts SELECT lpad(g::text, 26, 'p'), 1680000000000 + g * 60000, lpad((1 + g % 36)::text, 26, 'c'), 'hello ' || g,
    CASE WHEN g % 7 = 0 THEN '{"from_bot": "true", "attachments": [{"text": "x; y"}]}' ELSE '' END, CASE WHEN g % 13 = 0 THEN 1690000000000 ELSE 0 END
FROM generate_series(1, 300) g ORDER BY g;
