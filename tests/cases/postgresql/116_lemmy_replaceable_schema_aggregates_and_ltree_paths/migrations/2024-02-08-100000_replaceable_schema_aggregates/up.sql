-- Every release replaces schema "r": CASCADE takes the triggers on public tables along.
DROP SCHEMA IF EXISTS r CASCADE;
CREATE SCHEMA r;
CREATE FUNCTION r.creator_id_from_post(post_id int) RETURNS int LANGUAGE sql STABLE AS $$
    SELECT creator_id FROM post WHERE id = post_id
$$;
CREATE FUNCTION r.parent_comment_ids(path ltree) RETURNS int[] LANGUAGE sql IMMUTABLE AS $$
    SELECT array_agg(id) FROM (SELECT CAST(subpath(path, i, 1)::text AS int) AS id
        FROM generate_series(1, nlevel(path) - 2) i) s
$$;
CREATE FUNCTION r.comment_counts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        UPDATE post_aggregates SET comments = comments + 1, newest_comment_time = NEW.published WHERE post_id = NEW.post_id;
        UPDATE community_aggregates ca SET comments = comments + 1
          FROM post p WHERE p.id = NEW.post_id AND ca.community_id = p.community_id;
        UPDATE comment SET child_count = child_count + 1 WHERE id = ANY (r.parent_comment_ids(NEW.path));
    ELSIF TG_OP = 'DELETE' THEN
        UPDATE post_aggregates SET comments = comments - 1 WHERE post_id = OLD.post_id;
        UPDATE community_aggregates ca SET comments = comments - 1
          FROM post p WHERE p.id = OLD.post_id AND ca.community_id = p.community_id;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER comment_counts AFTER INSERT OR DELETE ON comment FOR EACH ROW EXECUTE FUNCTION r.comment_counts();
CREATE FUNCTION r.post_counts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO post_aggregates (post_id, newest_comment_time) VALUES (NEW.id, NEW.published);
    UPDATE community_aggregates SET posts = posts + 1 WHERE community_id = NEW.community_id;
    RETURN NULL;
END $$;
CREATE TRIGGER post_counts AFTER INSERT ON post FOR EACH ROW EXECUTE FUNCTION r.post_counts();
-- community comment counts start right
UPDATE community_aggregates ca SET comments = sub.n
  FROM (SELECT p.community_id, count(*) AS n FROM comment c JOIN post p ON p.id = c.post_id GROUP BY p.community_id) sub
 WHERE ca.community_id = sub.community_id;
-- new activity through the new triggers
INSERT INTO post (name, creator_id, community_id, published)
SELECT 'Release post ' || g, 1 + g % 30, 1 + g % 6, timestamp '2024-02-08 12:00' + g * interval '1 minute' FROM generate_series(1, 8) g ORDER BY g;
INSERT INTO comment (creator_id, post_id, content, published, path)
SELECT 1 + g % 30, 1 + g % 20, 'late reply ' || g, timestamp '2024-02-08 13:00' + g * interval '1 minute',
       (SELECT path FROM comment WHERE id = g) || (300 + g)::text
FROM generate_series(1, 12) g ORDER BY g;
DELETE FROM comment WHERE id IN (95, 96, 97);
