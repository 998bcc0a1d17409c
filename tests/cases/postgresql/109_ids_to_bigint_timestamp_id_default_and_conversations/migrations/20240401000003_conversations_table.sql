-- Conversations move from a text column to their own table; the text column is dropped.
CREATE TABLE conversations (
    id bigserial PRIMARY KEY,
    uri character varying UNIQUE,
    created_at timestamp NOT NULL DEFAULT timestamp '2017-05-02 00:00:00'
);
INSERT INTO conversations (uri)
SELECT DISTINCT conversation FROM statuses WHERE conversation IS NOT NULL ORDER BY conversation;

ALTER TABLE statuses ADD COLUMN conversation_id bigint;
UPDATE statuses SET conversation_id = c.id FROM conversations c WHERE c.uri = statuses.conversation;
ALTER TABLE statuses DROP COLUMN conversation;
ALTER TABLE statuses ADD CONSTRAINT fk_statuses_conversation FOREIGN KEY (conversation_id) REFERENCES conversations (id) ON DELETE SET NULL;
