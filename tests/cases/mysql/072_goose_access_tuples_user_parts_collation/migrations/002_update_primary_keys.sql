--  +goose Up
--   The new columns become the key; the old user string may be NULL from now on.

 ALTER TABLE access_tuple
     MODIFY user_object_type VARCHAR(64) NOT NULL,
     MODIFY user_object_id VARCHAR(120) NOT NULL,
     MODIFY user_relation VARCHAR(50) NOT NULL,
     DROP PRIMARY KEY,
     ADD PRIMARY KEY (store, object_type, object_id, relation, user_object_type, user_object_id, user_relation);

ALTER TABLE access_tuple
    MODIFY _user VARCHAR(200) NULL,
    MODIFY user_type VARCHAR(7) NULL;

ALTER TABLE access_changelog
     MODIFY user_object_type VARCHAR(64) NOT NULL,
     MODIFY user_object_id VARCHAR(120) NOT NULL,
     MODIFY user_relation VARCHAR(50) NOT NULL;

ALTER TABLE access_changelog
    MODIFY _user VARCHAR(300) NULL;

-- writers stop sending the old column
UPDATE access_tuple SET _user = NULL, user_type = NULL WHERE object_type = 'ticket' AND relation = 'member';

--  +goose Down

ALTER TABLE access_tuple
     DROP PRIMARY KEY,
     ADD PRIMARY KEY (store, object_type, object_id, relation, _user);
SELECT 1/0;
