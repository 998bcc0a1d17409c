-- Splits the user string of every tuple into (type, id, relation) columns, fills past rows with an
-- UPDATE and future rows with BEFORE INSERT triggers.

-- +goose Up

-- 64 + 128 + 50 + 3 * 120 chars stays below InnoDB's 3072-byte key limit in utf8mb4
ALTER TABLE access_tuple
    ADD COLUMN user_object_type VARCHAR(64),
    ADD COLUMN user_object_id VARCHAR(120),
    ADD COLUMN user_relation VARCHAR(50);

-- rep7 becomes ('', rep7, ''); user:rep1 becomes (user, rep1, '');
-- team:sales3#member becomes (team, sales3, member)
UPDATE access_tuple SET
    user_object_type = (CASE
                            WHEN position(':' in _user) > 0 THEN substring_index(_user, ':', 1)
                            ELSE ''
                        END),
    user_object_id = (CASE
                          WHEN position('#' in _user) > 0 THEN substring_index(substring_index(_user, ':', -1), '#', 1)
                          ELSE substring_index(_user, ':', -1)
                      END),
    user_relation = (CASE
                         WHEN position('#' in _user) > 0 THEN substring_index(_user, '#', -1)
                         ELSE ''
                     END);

CREATE TRIGGER access_tuple_user_parts BEFORE INSERT ON access_tuple
    FOR EACH ROW SET
        NEW.user_object_type = (CASE
                                    WHEN position(':' in NEW._user) > 0 THEN substring_index(NEW._user, ':', 1)
                                    ELSE ''
                                END),
        NEW.user_object_id = (CASE
                                  WHEN position('#' in NEW._user) > 0 THEN substring_index(substring_index(NEW._user, ':', -1), '#', 1)
                                  ELSE substring_index(NEW._user, ':', -1)
                              END),
        NEW.user_relation = (CASE
                                 WHEN position('#' in NEW._user) > 0 THEN substring_index(NEW._user, '#', -1)
                                 ELSE ''
                             END);

ALTER TABLE access_tuple ADD CONSTRAINT unique_access_tuple
    UNIQUE (store, object_type, object_id, relation, user_object_type, user_object_id, user_relation);

ALTER TABLE access_changelog
    ADD COLUMN user_object_type VARCHAR(64),
    ADD COLUMN user_object_id VARCHAR(120),
    ADD COLUMN user_relation VARCHAR(50);

UPDATE access_changelog SET
    user_object_type = (CASE WHEN position(':' in _user) > 0 THEN substring_index(_user, ':', 1) ELSE '' END),
    user_object_id = (CASE
                          WHEN position('#' in _user) > 0 THEN substring_index(substring_index(_user, ':', -1), '#', 1)
                          ELSE substring_index(_user, ':', -1)
                      END),
    user_relation = (CASE WHEN position('#' in _user) > 0 THEN substring_index(_user, '#', -1) ELSE '' END);

CREATE TRIGGER access_changelog_user_parts BEFORE INSERT ON access_changelog
    FOR EACH ROW SET
        NEW.user_object_type = (CASE WHEN position(':' in NEW._user) > 0 THEN substring_index(NEW._user, ':', 1) ELSE '' END),
        NEW.user_object_id = (CASE
                                  WHEN position('#' in NEW._user) > 0 THEN substring_index(substring_index(NEW._user, ':', -1), '#', 1)
                                  ELSE substring_index(NEW._user, ':', -1)
                              END),
        NEW.user_relation = (CASE WHEN position('#' in NEW._user) > 0 THEN substring_index(NEW._user, '#', -1) ELSE '' END);

-- rows written while the triggers are in place
INSERT INTO access_tuple (store, object_type, object_id, relation, _user, user_type, ulid, inserted_at) VALUES
    ('01HSTORE0000000000000000A1', 'account', 'obj-9001', 'owner', 'user:newrep1', 'user', '01HTUPLE000000000000009001', '2024-04-01 10:00:00'),
    ('01HSTORE0000000000000000A1', 'account', 'obj-9001', 'viewer', 'team:support#member', 'userset', '01HTUPLE000000000000009002', '2024-04-01 10:00:01');
INSERT INTO access_changelog (store, object_type, object_id, relation, _user, operation, ulid, inserted_at)
SELECT store, object_type, object_id, relation, _user, 0, ulid, inserted_at FROM access_tuple WHERE object_id = 'obj-9001';

-- +goose Down

ALTER TABLE access_tuple
    DROP CONSTRAINT unique_access_tuple,
    DROP COLUMN user_object_type,
    DROP COLUMN user_object_id,
    DROP COLUMN user_relation;
SELECT * FROM goose_down_sections_are_never_run;
