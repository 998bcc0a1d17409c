CREATE TABLE users (id integer PRIMARY KEY, email text NOT NULL UNIQUE);
CREATE TABLE notes (id integer PRIMARY KEY, user_id integer, body text NOT NULL);
INSERT INTO users SELECT i, 'user' || i || '@app.example' FROM generate_series(1, 15) i;
INSERT INTO notes SELECT i, 1 + i % 18, 'note body ' || i FROM generate_series(1, 75) i;
