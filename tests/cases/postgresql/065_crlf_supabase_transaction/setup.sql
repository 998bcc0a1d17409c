CREATE TABLE profiles (id integer PRIMARY KEY, handle text NOT NULL UNIQUE, bio text, avatar_url text);
INSERT INTO profiles SELECT i, 'user_' || i, 'bio of ' || i, 'https://cdn.example/a/' || i || '.png' FROM generate_series(1, 30) i;
