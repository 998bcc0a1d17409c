-- A photo storage service (ente-like): users, files and their object keys, collections with a
-- "favorites" collection per user, and a usage table recomputed from the object sizes.
CREATE TYPE object_type AS ENUM ('file', 'thumbnail');

CREATE TABLE users (user_id bigint PRIMARY KEY, email text NOT NULL UNIQUE);
CREATE TABLE files (file_id bigint PRIMARY KEY, owner_id bigint NOT NULL REFERENCES users (user_id), is_deleted boolean NOT NULL DEFAULT false);
CREATE TABLE object_keys (
    file_id bigint NOT NULL REFERENCES files (file_id) ON DELETE CASCADE,
    o_type object_type NOT NULL,
    object_key text NOT NULL,
    size integer NOT NULL,
    PRIMARY KEY (file_id, o_type)
);
CREATE TABLE usage (user_id bigint PRIMARY KEY REFERENCES users (user_id), storage_consumed bigint NOT NULL DEFAULT 0);
CREATE TABLE collections (
    collection_id bigint PRIMARY KEY,
    owner_id bigint NOT NULL REFERENCES users (user_id),
    name text NOT NULL,
    type text NOT NULL,
    app text NOT NULL DEFAULT 'photos'
);
CREATE UNIQUE INDEX collections_favorites_constraint_index ON collections (owner_id) WHERE (type = 'favorites');

INSERT INTO users SELECT g, 'user' || g || '@ente.test' FROM generate_series(1, 12) g;
INSERT INTO files SELECT g, 1 + g % 12, g % 11 = 0 FROM generate_series(1, 120) g;
INSERT INTO object_keys SELECT f, t, 'key/' || f || '/' || t, CASE WHEN t = 'file' THEN 1000 * f ELSE 10 * f END
FROM generate_series(1, 120) f CROSS JOIN unnest(enum_range(NULL::object_type)) t;
INSERT INTO usage SELECT g, 0 FROM generate_series(1, 6) g;
INSERT INTO collections SELECT g, 1 + g % 12, 'album ' || g, CASE WHEN g <= 12 THEN 'favorites' ELSE 'album' END,
       CASE WHEN g % 5 = 0 THEN 'auth' ELSE 'photos' END
FROM generate_series(1, 30) g;
