CREATE TABLE messages_new (id INTEGER PRIMARY KEY AUTOINCREMENT, channel TEXT NOT NULL, body TEXT NOT NULL, flagged INTEGER NOT NULL DEFAULT 0);
INSERT INTO messages_new (id, channel, body, flagged) SELECT id, channel, body, coalesce(flagged, 0) FROM messages;
DROP TABLE messages;
ALTER TABLE messages_new RENAME TO messages;
CREATE INDEX messages_channel_idx ON messages(channel);
INSERT INTO messages (channel, body) VALUES ('#c0', 'after rebuild');
