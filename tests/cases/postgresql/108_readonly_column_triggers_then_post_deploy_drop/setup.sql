-- A forum (discourse-like): users with a legacy "title" column being replaced by a flair group,
-- topics with an old "bumped" flag replaced by a timestamp, and a legacy table about to go away.
CREATE TABLE users (
    id integer PRIMARY KEY,
    username text NOT NULL UNIQUE,
    title text,
    flair_group_id integer,
    trust_level smallint NOT NULL DEFAULT 0
);
CREATE TABLE topics (
    id integer PRIMARY KEY,
    user_id integer NOT NULL REFERENCES users (id),
    title text NOT NULL,
    bumped boolean,
    bumped_at timestamp,
    views integer NOT NULL DEFAULT 0
);
CREATE TABLE topic_users_legacy (
    topic_id integer NOT NULL REFERENCES topics (id),
    user_id integer NOT NULL REFERENCES users (id),
    notification_level smallint NOT NULL,
    PRIMARY KEY (topic_id, user_id)
);
CREATE TABLE topic_links (
    id integer PRIMARY KEY,
    topic_id integer NOT NULL REFERENCES topics (id),
    url text NOT NULL
);

INSERT INTO users SELECT g, 'user' || g, CASE WHEN g % 4 = 0 THEN 'Regular' WHEN g % 7 = 0 THEN 'Leader' END,
       NULL, (g % 5)::smallint
FROM generate_series(1, 40) g;
INSERT INTO topics SELECT g, 1 + g % 40, 'Topic ' || g, CASE WHEN g % 3 = 0 THEN true WHEN g % 3 = 1 THEN false END,
       NULL, g * 7
FROM generate_series(1, 90) g;
INSERT INTO topic_users_legacy SELECT t, u, ((t + u) % 4)::smallint
FROM generate_series(1, 30) t CROSS JOIN generate_series(1, 5) u;
-- Duplicate links (the same url twice on a topic) that a unique index will not allow.
INSERT INTO topic_links SELECT g, 1 + g % 25, 'https://forum.test/t/' || (g % 10) FROM generate_series(1, 120) g;
