-- Messages get headers; the record type too.
DO $$
DECLARE
    q text;
BEGIN
    FOR q IN (SELECT queue_name FROM outbox.meta ORDER BY queue_name)
    LOOP
        EXECUTE format('ALTER TABLE outbox.%I ADD COLUMN IF NOT EXISTS headers jsonb', 'q_' || q);
        EXECUTE format('ALTER TABLE outbox.%I ADD COLUMN IF NOT EXISTS headers jsonb', 'a_' || q);
        EXECUTE format('UPDATE outbox.%I SET headers = jsonb_build_object(''queue'', %L) WHERE read_ct > 0', 'q_' || q, q);
    END LOOP;
END $$;

ALTER TYPE outbox.outbox_message ADD ATTRIBUTE headers jsonb;

CREATE FUNCTION outbox.archive(queue_name text, msg_ids bigint[]) RETURNS SETOF bigint AS $$
DECLARE
    sql text;
BEGIN
    sql := format(
        $QUERY$
        WITH archived AS (
            DELETE FROM outbox.%I
            WHERE msg_id = ANY($1)
            RETURNING msg_id, vt, read_ct, enqueued_at, message, headers
        )
        INSERT INTO outbox.%I (msg_id, vt, read_ct, enqueued_at, archived_at, message, headers)
        SELECT msg_id, vt, read_ct, enqueued_at, timestamptz '2024-03-03 09:00:00+00', message, headers
        FROM archived
        RETURNING msg_id;
        $QUERY$,
        'q_' || queue_name, 'a_' || queue_name
    );
    RETURN QUERY EXECUTE sql USING msg_ids;
END;
$$ LANGUAGE plpgsql;

-- Archive what the CRM sync already read twice; drop the mailer queue altogether.
SELECT count(*) FROM outbox.archive('crm_sync', ARRAY(SELECT msg_id FROM outbox.q_crm_sync WHERE read_ct = 2 ORDER BY msg_id));
DROP TABLE outbox.q_mailer;
DROP TABLE outbox.a_mailer;
DELETE FROM outbox.meta WHERE queue_name = 'mailer';
