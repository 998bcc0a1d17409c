CREATE OR REPLACE FUNCTION append_to_fts_update_log() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO fts_update_log (message_id) VALUES (NEW.id);
    NOTIFY fts_update_log;  -- wake the search worker; ';' inside a comment
    RETURN NEW;
END
$$;
ALTER TABLE fts_update_log ALTER COLUMN message_id TYPE bigint;
CREATE STATISTICS zerver_message_sender_recipient (dependencies, ndistinct) ON sender_id, recipient_id FROM zerver_message;
ALTER TABLE zerver_message ALTER COLUMN subject SET (n_distinct = -0.05);
-- topics renamed: the trigger queues every touched message for re-indexing
UPDATE zerver_message SET subject = 'renamed topic ' || (id % 15) WHERE subject = 'topic 4';
CLUSTER fts_update_log USING fts_update_log_message_id_idx;
ANALYZE zerver_message;
