-- a virtual column added with ALTER TABLE (only VIRTUAL ones can be), then indexed
ALTER TABLE messages
  ADD COLUMN hasPreviews INTEGER NOT NULL
  GENERATED ALWAYS AS (IFNULL(json_array_length(json, '$.preview'), 0) > 0);

CREATE INDEX messages_hasPreviews
  ON messages (conversationId, hasPreviews, received_at_ms)
  WHERE hasPreviews IS 1;

-- stories leave: their index, their rows and both generated columns about them go
DROP INDEX messages_conversation_story;
DELETE FROM messages WHERE isStory IS 1;
ALTER TABLE messages DROP COLUMN isStory;
ALTER TABLE messages DROP COLUMN storySize;

PRAGMA user_version = 1550;
