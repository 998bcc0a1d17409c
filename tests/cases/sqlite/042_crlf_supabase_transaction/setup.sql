CREATE TABLE profiles (id INTEGER PRIMARY KEY, handle TEXT NOT NULL UNIQUE, bio TEXT, avatar_url TEXT);
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 30)
INSERT INTO profiles SELECT i, 'user_' || i, 'bio of ' || i, 'https://cdn.example/a/' || i || '.png' FROM n;
