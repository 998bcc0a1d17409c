DROP INDEX IF EXISTS messages_conversationId_hasExpireTimer_expirationStartTimestamp;

CREATE INDEX messages_conversationId_expirationStartTimestamp
ON messages (conversationId, expirationStartTimestamp)
WHERE hasExpireTimer IS 1;

PRAGMA user_version = 1540;
