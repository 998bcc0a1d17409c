ALTER TABLE post_aggregates ADD COLUMN hot_rank double precision NOT NULL DEFAULT 0.0001;
DROP SCHEMA r CASCADE;
CREATE SCHEMA r;
CREATE FUNCTION r.hot_rank(score numeric, published timestamp) RETURNS double precision
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE WHEN (timestamp '2024-02-15' - published) > '0 days' THEN
        log(greatest(1, score + 3)) / power(((EXTRACT(EPOCH FROM (timestamp '2024-02-15' - published)) / 3600) + 2), 1.8)
    ELSE 0.0 END
$$;
CREATE FUNCTION r.comment_counts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE post_aggregates SET comments = comments + CASE TG_OP WHEN 'INSERT' THEN 1 ELSE -1 END
     WHERE post_id = coalesce(NEW.post_id, OLD.post_id);
    RETURN NULL;
END $$;
CREATE TRIGGER comment_counts AFTER INSERT OR DELETE ON comment FOR EACH ROW EXECUTE FUNCTION r.comment_counts();
UPDATE post_aggregates pa SET hot_rank = r.hot_rank(pa.comments::numeric, p.published)
  FROM post p WHERE p.id = pa.post_id;
CREATE INDEX idx_post_aggregates_hot ON post_aggregates (hot_rank DESC);
DELETE FROM post WHERE removed;
