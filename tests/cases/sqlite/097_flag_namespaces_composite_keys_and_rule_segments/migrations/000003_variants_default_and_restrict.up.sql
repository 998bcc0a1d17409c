ALTER TABLE variants ADD COLUMN `default` BOOLEAN DEFAULT FALSE NOT NULL;

CREATE UNIQUE INDEX variants_default_unique_index ON variants (namespace_key, flag_key) WHERE `default` = TRUE;

UPDATE variants SET `default` = TRUE WHERE key = 'on' AND flag_key IN (SELECT key FROM flags WHERE enabled);

-- rule_segments: a segment in use can no longer be deleted
CREATE TABLE rule_segments_temp (
  rule_id VARCHAR(255) NOT NULL REFERENCES rules ON DELETE CASCADE,
  namespace_key VARCHAR(255) NOT NULL,
  segment_key VARCHAR(255) NOT NULL,
  UNIQUE (rule_id, namespace_key, segment_key),
  FOREIGN KEY (namespace_key, segment_key) REFERENCES segments (namespace_key, key) ON DELETE RESTRICT
);

INSERT INTO rule_segments_temp (rule_id, namespace_key, segment_key) SELECT rule_id, namespace_key, segment_key FROM rule_segments;
DROP TABLE rule_segments;
ALTER TABLE rule_segments_temp RENAME TO rule_segments;

-- retire the disabled flags: what ON DELETE CASCADE would remove, written out
DELETE FROM distributions WHERE rule_id IN (SELECT r.id FROM rules r JOIN flags f ON f.namespace_key = r.namespace_key AND f.key = r.flag_key WHERE NOT f.enabled);
DELETE FROM rule_segments WHERE rule_id IN (SELECT r.id FROM rules r JOIN flags f ON f.namespace_key = r.namespace_key AND f.key = r.flag_key WHERE NOT f.enabled);
DELETE FROM rules WHERE (namespace_key, flag_key) IN (SELECT namespace_key, key FROM flags WHERE NOT enabled);
DELETE FROM variants WHERE (namespace_key, flag_key) IN (SELECT namespace_key, key FROM flags WHERE NOT enabled);
DELETE FROM flags WHERE NOT enabled;
