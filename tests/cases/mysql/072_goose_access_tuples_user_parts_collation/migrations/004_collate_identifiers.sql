-- +goose Up
-- Identifiers become case-sensitive (utf8mb4_bin), so `user:Alice` and `user:alice` are two users.
-- CHARACTER SET is spelled out for installs whose columns were created under another charset.

ALTER TABLE access_tuple MODIFY COLUMN object_id VARCHAR(128) COLLATE utf8mb4_bin NOT NULL,
LOCK = SHARED;

CREATE INDEX idx_user_lookup ON access_tuple (store, _user, relation, object_type, object_id);

DROP INDEX idx_reverse_lookup_user ON access_tuple;

ALTER TABLE access_tuple
    MODIFY COLUMN object_type    VARCHAR(64)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    MODIFY COLUMN relation       VARCHAR(50)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    MODIFY COLUMN _user          VARCHAR(200) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
    LOCK = SHARED;

ALTER TABLE access_changelog
    MODIFY COLUMN object_type    VARCHAR(64)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    MODIFY COLUMN object_id      VARCHAR(128) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    MODIFY COLUMN _user          VARCHAR(300) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
    LOCK = SHARED;

ALTER TABLE access_tuple MODIFY COLUMN inserted_at TIMESTAMP(6) NOT NULL;

ALTER TABLE access_store
    MODIFY COLUMN created_at TIMESTAMP(6) NOT NULL,
    MODIFY COLUMN updated_at TIMESTAMP(6) NULL,
    MODIFY COLUMN deleted_at TIMESTAMP(6) NULL;

-- object ids that differ only in case are distinct rows now
INSERT INTO access_tuple (store, object_type, object_id, relation, _user, user_type, ulid, inserted_at,
                          user_object_type, user_object_id, user_relation) VALUES
    ('01HSTORE0000000000000000A1', 'deal', 'OBJ-0002', 'editor', 'user:Alice', 'user', '01HTUPLE000000000000009101', '2024-05-01 09:00:00.250000', 'user', 'Alice', ''),
    ('01HSTORE0000000000000000A1', 'deal', 'obj-0002', 'editor', 'user:alice', 'user', '01HTUPLE000000000000009102', '2024-05-01 09:00:00.500000', 'user', 'alice', '');

-- +goose Down
ALTER TABLE access_tuple MODIFY COLUMN object_id VARCHAR(128), LOCK = SHARED;
SELECT * FROM goose_down_sections_are_never_run;
