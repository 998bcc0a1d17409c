-- Trigger functions and the tables that use them, in one migration.
CREATE FUNCTION outbox_default_topic() RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT 'account.changed'::text $$;

CREATE TABLE webhook_outbox (
    id bigserial PRIMARY KEY,
    account_id bigint NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    topic text NOT NULL DEFAULT outbox_default_topic(),
    payload jsonb NOT NULL DEFAULT '{}',
    queued_at timestamptz NOT NULL DEFAULT '2024-01-01 00:00+00',
    CONSTRAINT topic_not_blank CHECK (char_length(topic) > 0)
);

CREATE OR REPLACE FUNCTION outbox_notify() RETURNS trigger AS $$
BEGIN
    PERFORM pg_notify('outbox', json_build_object('topic', NEW.topic)::text);
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER outbox_after_insert AFTER INSERT ON webhook_outbox
    FOR EACH ROW EXECUTE PROCEDURE outbox_notify();

CREATE FUNCTION accounts_enqueue() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO webhook_outbox (account_id, payload, queued_at)
    VALUES (NEW.id, jsonb_build_object('name', NEW.name), '2024-02-01 00:00+00');
    RETURN NEW;
END;
$$;

CREATE TRIGGER accounts_enqueue AFTER UPDATE ON accounts FOR EACH ROW EXECUTE FUNCTION accounts_enqueue();

UPDATE accounts SET name = name || ' (renamed)' WHERE id % 5 = 0;
