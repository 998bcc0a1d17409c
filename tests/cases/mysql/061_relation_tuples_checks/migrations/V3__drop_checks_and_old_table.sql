-- The mapping's column CHECK goes (MariaDB keeps it on the column: MODIFY drops it), the tuple
-- CHECK is dropped by name, then the integer-keyed table.
ALTER TABLE perm_uuid_mappings MODIFY string_representation TEXT NOT NULL;
ALTER TABLE perm_tuples_uuid DROP CONSTRAINT chk_perm_tuples_uuid_subject_type;
DELETE FROM perm_tuples_uuid WHERE relation = 'viewer' AND namespace_id = 3;
DROP TABLE perm_tuples;
