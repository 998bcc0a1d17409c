-- The new table: text keys, a multi-line table CHECK on the subject's shape, an INT8 column
-- and a key with ASC columns.
CREATE TABLE perm_tuples_uuid
(
    shard_id                 CHAR(36)    NOT NULL,
    nid                      CHAR(36)    NOT NULL,
    namespace_id             INT8        NOT NULL,
    object                   CHAR(36)    NOT NULL,
    relation                 VARCHAR(64) NOT NULL,
    subject_id               CHAR(36) NULL,
    subject_set_namespace_id INT8 NULL,
    subject_set_object       CHAR(36) NULL,
    subject_set_relation     VARCHAR(64) NULL,
    commit_time              TIMESTAMP   NOT NULL,
    PRIMARY KEY (shard_id ASC, nid ASC),
    CONSTRAINT perm_tuples_uuid_nid_fk FOREIGN KEY (nid) REFERENCES perm_networks (id),

    -- no partial indexes here, so the full one
    INDEX                    perm_tuples_uuid_full_idx (nid, namespace_id, object, relation, subject_id, subject_set_namespace_id, subject_set_object, subject_set_relation, commit_time),

    CONSTRAINT chk_perm_tuples_uuid_subject_type CHECK (((((subject_id IS NULL) AND (subject_set_namespace_id IS NOT NULL)) AND
                                                      (subject_set_object IS NOT NULL)) AND
                                                     (subject_set_relation IS NOT NULL)) OR
                                                    ((((subject_id IS NOT NULL) AND (subject_set_namespace_id IS NULL)) AND
                                                      (subject_set_object IS NULL)) AND (subject_set_relation IS NULL)))
);

CREATE TABLE perm_uuid_mappings
(
    id                       CHAR(36) NOT NULL,
    string_representation    TEXT        NOT NULL CHECK (string_representation <> ''),

    PRIMARY KEY (id)
);
