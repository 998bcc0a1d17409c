-- A link aggregator (lemmy-like, Diesel folders): aggregates tables kept by triggers, a schema "r"
-- of replaceable functions and triggers that every release drops with CASCADE and builds again.
CREATE TABLE person (id serial PRIMARY KEY, name varchar(255) NOT NULL UNIQUE, published timestamp NOT NULL);
CREATE TABLE community (id serial PRIMARY KEY, name varchar(255) NOT NULL UNIQUE, published timestamp NOT NULL);
CREATE TABLE post (
    id serial PRIMARY KEY,
    name varchar(200) NOT NULL,
    creator_id int NOT NULL REFERENCES person ON UPDATE CASCADE ON DELETE CASCADE,
    community_id int NOT NULL REFERENCES community ON UPDATE CASCADE ON DELETE CASCADE,
    removed boolean NOT NULL DEFAULT false,
    published timestamp NOT NULL
);
CREATE TABLE comment (
    id serial PRIMARY KEY,
    creator_id int NOT NULL REFERENCES person ON UPDATE CASCADE ON DELETE CASCADE,
    post_id int NOT NULL REFERENCES post ON UPDATE CASCADE ON DELETE CASCADE,
    parent_id int REFERENCES comment ON UPDATE CASCADE ON DELETE CASCADE,
    content text NOT NULL,
    published timestamp NOT NULL
);
CREATE TABLE post_aggregates (
    id serial PRIMARY KEY,
    post_id int NOT NULL UNIQUE REFERENCES post ON UPDATE CASCADE ON DELETE CASCADE,
    comments bigint NOT NULL DEFAULT 0,
    newest_comment_time timestamp NOT NULL
);
CREATE TABLE community_aggregates (
    id serial PRIMARY KEY,
    community_id int NOT NULL UNIQUE REFERENCES community ON UPDATE CASCADE ON DELETE CASCADE,
    posts bigint NOT NULL DEFAULT 0,
    comments bigint NOT NULL DEFAULT 0
);

CREATE SCHEMA r;
CREATE FUNCTION r.post_aggregates_comment_count() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF (TG_OP = 'INSERT') THEN
        UPDATE post_aggregates pa SET comments = comments + 1, newest_comment_time = NEW.published
         WHERE pa.post_id = NEW.post_id;
    ELSIF (TG_OP = 'DELETE') THEN
        UPDATE post_aggregates pa SET comments = comments - 1 WHERE pa.post_id = OLD.post_id;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER post_aggregates_comment_count AFTER INSERT OR DELETE ON comment
    FOR EACH ROW EXECUTE FUNCTION r.post_aggregates_comment_count();
CREATE FUNCTION r.post_aggregates_post() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO post_aggregates (post_id, newest_comment_time) VALUES (NEW.id, NEW.published);
    RETURN NULL;
END $$;
CREATE TRIGGER post_aggregates_post AFTER INSERT ON post FOR EACH ROW EXECUTE FUNCTION r.post_aggregates_post();

INSERT INTO person (name, published) SELECT 'person_' || g, timestamp '2023-01-01' + g * interval '1 day' FROM generate_series(1, 30) g ORDER BY g;
INSERT INTO community (name, published) SELECT 'community_' || g, timestamp '2023-01-01' + g * interval '3 days' FROM generate_series(1, 6) g ORDER BY g;
INSERT INTO community_aggregates (community_id) SELECT id FROM community ORDER BY id;
INSERT INTO post (name, creator_id, community_id, removed, published)
SELECT 'Post number ' || g, 1 + g % 30, 1 + g % 6, g % 17 = 0, timestamp '2023-03-01' + g * interval '5 hours' FROM generate_series(1, 60) g ORDER BY g;
-- top-level comments, then replies to them
INSERT INTO comment (creator_id, post_id, parent_id, content, published)
SELECT 1 + g % 30, 1 + g % 60, NULL, 'top comment ' || g, timestamp '2023-04-01' + g * interval '1 hour' FROM generate_series(1, 90) g ORDER BY g;
INSERT INTO comment (creator_id, post_id, parent_id, content, published)
SELECT 1 + (g * 7) % 30, c.post_id, c.id, 'reply ' || g, c.published + interval '10 minutes'
FROM generate_series(1, 60) g JOIN comment c ON c.id = g ORDER BY g;
INSERT INTO comment (creator_id, post_id, parent_id, content, published)
SELECT 1 + (g * 11) % 30, c.post_id, c.id, 'reply to reply ' || g, c.published + interval '20 minutes'
FROM generate_series(91, 130) g JOIN comment c ON c.id = g ORDER BY g;
UPDATE community_aggregates ca SET posts = (SELECT count(*) FROM post p WHERE p.community_id = ca.community_id);
