-- Every string gets a deterministic UUID-shaped id; tuples are copied over with them.
INSERT INTO perm_uuid_mappings (id, string_representation)
SELECT LOWER(CONCAT(SUBSTR(h, 1, 8), '-', SUBSTR(h, 9, 4), '-4', SUBSTR(h, 14, 3), '-a', SUBSTR(h, 18, 3), '-', SUBSTR(h, 21, 12))), v
FROM (SELECT DISTINCT v, MD5(v) AS h FROM (
        SELECT object AS v FROM perm_tuples
        UNION SELECT subject_id FROM perm_tuples WHERE subject_id IS NOT NULL
        UNION SELECT subject_set_object FROM perm_tuples WHERE subject_set_object IS NOT NULL) AS strings) AS hashed;

INSERT INTO perm_tuples_uuid (shard_id, nid, namespace_id, object, relation, subject_id, subject_set_namespace_id, subject_set_object, subject_set_relation, commit_time)
SELECT LOWER(CONCAT(LPAD(HEX(t.shard_id), 8, '0'), '-0000-4000-8000-000000000000')), t.nid, t.namespace_id,
       o.id, t.relation, s.id, t.subject_set_namespace_id, ss.id, t.subject_set_relation, t.commit_time
FROM perm_tuples t
JOIN perm_uuid_mappings o ON o.string_representation = t.object
LEFT JOIN perm_uuid_mappings s ON s.string_representation = t.subject_id
LEFT JOIN perm_uuid_mappings ss ON ss.string_representation = t.subject_set_object;
