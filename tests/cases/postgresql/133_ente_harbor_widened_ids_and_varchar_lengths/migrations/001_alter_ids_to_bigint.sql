-- ente-like: every user id to bigint, child columns first, the parent last; then a sequence bump
ALTER TABLE files ALTER COLUMN owner_id TYPE BIGINT;
ALTER TABLE files ALTER COLUMN attempts TYPE integer;
ALTER TABLE users ALTER COLUMN user_id TYPE BIGINT;
ALTER SEQUENCE users_user_id_seq RESTART WITH 10000000;
