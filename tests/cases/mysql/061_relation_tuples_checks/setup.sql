-- A permission service: relation tuples keyed by an integer, subjects either an id or a set.
CREATE TABLE perm_networks (
  id char(36) NOT NULL,
  created_at datetime NOT NULL,
  PRIMARY KEY (id)
) ENGINE=InnoDB;
INSERT INTO perm_networks VALUES ('2b0c6a52-7e1d-4f3a-9c8b-5d4e3f2a1b00', '2022-03-01 08:00:00');

CREATE TABLE perm_tuples (
  shard_id int NOT NULL AUTO_INCREMENT,
  nid char(36) NOT NULL,
  namespace_id int NOT NULL,
  object varchar(64) NOT NULL,
  relation varchar(64) NOT NULL,
  subject_id varchar(64) NULL,
  subject_set_namespace_id int NULL,
  subject_set_object varchar(64) NULL,
  subject_set_relation varchar(64) NULL,
  commit_time datetime NOT NULL,
  PRIMARY KEY (shard_id),
  KEY perm_tuples_full_idx (nid, namespace_id, object, relation),
  CONSTRAINT perm_tuples_nid_fk FOREIGN KEY (nid) REFERENCES perm_networks (id)
) ENGINE=InnoDB;
INSERT INTO perm_tuples (nid, namespace_id, object, relation, subject_id, subject_set_namespace_id, subject_set_object, subject_set_relation, commit_time)
SELECT '2b0c6a52-7e1d-4f3a-9c8b-5d4e3f2a1b00', n % 4, CONCAT('deal-', n % 60), IF(n % 2 = 0, 'viewer', 'owner'),
       IF(n % 5 = 0, NULL, CONCAT('rep-', n % 17)),
       IF(n % 5 = 0, 1, NULL), IF(n % 5 = 0, CONCAT('team-', n % 6), NULL), IF(n % 5 = 0, 'member', NULL),
       DATE_ADD('2022-03-01 09:00:00', INTERVAL n MINUTE)
FROM (WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 360) SELECT n FROM seq) s
ORDER BY n;
