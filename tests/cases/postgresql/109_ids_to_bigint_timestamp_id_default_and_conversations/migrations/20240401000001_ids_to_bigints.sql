-- Every id and every column pointing at one becomes bigint; the serial sequences follow.
ALTER TABLE accounts ALTER COLUMN id TYPE bigint;
ALTER TABLE statuses ALTER COLUMN id TYPE bigint,
    ALTER COLUMN account_id TYPE bigint,
    ALTER COLUMN in_reply_to_id TYPE bigint;
ALTER TABLE favourites ALTER COLUMN id TYPE bigint,
    ALTER COLUMN account_id TYPE bigint,
    ALTER COLUMN status_id TYPE bigint;
ALTER SEQUENCE accounts_id_seq AS bigint;
ALTER SEQUENCE statuses_id_seq AS bigint;
ALTER SEQUENCE favourites_id_seq AS bigint;
