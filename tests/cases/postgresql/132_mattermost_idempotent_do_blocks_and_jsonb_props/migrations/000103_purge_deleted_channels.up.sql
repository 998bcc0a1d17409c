DO $$
DECLARE
    deleted text[];
BEGIN
    SELECT array_agg(id ORDER BY id) INTO deleted FROM channels WHERE deleteat > 0;
    DELETE FROM posts WHERE channelid = ANY (deleted);
    DELETE FROM channelmembers WHERE channelid = ANY (deleted);
    DELETE FROM channels WHERE id = ANY (deleted);
    RAISE NOTICE 'purged % channels; members and posts too', coalesce(array_length(deleted, 1), 0);
END $$;
