CREATE TABLE users (user_id serial PRIMARY KEY, email varchar(64) UNIQUE, creation_time integer NOT NULL);
CREATE TABLE files (
    file_id bigserial PRIMARY KEY,
    owner_id integer NOT NULL REFERENCES users (user_id) ON DELETE CASCADE,
    size integer NOT NULL,
    attempts smallint DEFAULT 0
);
CREATE INDEX files_owner_id_index ON files (owner_id);
CREATE TABLE properties (id serial PRIMARY KEY, k varchar(64) NOT NULL UNIQUE, v varchar(128) NOT NULL);
CREATE VIEW big_files AS SELECT file_id, size FROM files WHERE size > 1000;
INSERT INTO users (email, creation_time)
    SELECT CASE WHEN g % 9 = 0 THEN NULL ELSE 'u' || g || '@exämple.org' END, 1600000000 + g FROM generate_series(1, 60) g;
INSERT INTO files (owner_id, size, attempts) SELECT 1 + g % 60, g * 37, CASE WHEN g % 5 = 0 THEN NULL ELSE g % 3 END
    FROM generate_series(1, 150) g;
INSERT INTO properties (k, v) VALUES ('scan_all_policy', '{"type":"daily"}'), ('auth_mode', 'db_auth'), ('ü名', 'ünïcode');
