-- Status ids become time-based: a function default replaces nextval, still drawing on the old
-- sequence by name. New rows here carry explicit snowflake-sized ids.
CREATE OR REPLACE FUNCTION timestamp_id(table_name text)
RETURNS bigint AS
$$
  DECLARE
    time_part bigint;
    sequence_base bigint;
    tail bigint;
  BEGIN
    time_part := (date_part('epoch', now()) * 1000)::bigint << 16;
    sequence_base := ('x' || substr(md5(table_name || 'salt'), 1, 4))::bit(16)::bigint;
    tail := (sequence_base + nextval(table_name || '_id_seq')) & 65535;
    RETURN time_part | tail;
  END
$$ LANGUAGE plpgsql VOLATILE;

ALTER TABLE statuses ALTER COLUMN id SET DEFAULT timestamp_id('statuses');

INSERT INTO statuses (id, account_id, in_reply_to_id, conversation, text, created_at)
SELECT (1493596800000::bigint << 16) + g, 1 + g % 30, g * 3,
       'tag:social.test,2017:objectId=' || (g % 6) || ':objectType=Conversation',
       'snowflake status ' || g, timestamp '2017-05-01 00:00:00' + g * interval '1 minute'
FROM generate_series(1, 12) g ORDER BY g;
