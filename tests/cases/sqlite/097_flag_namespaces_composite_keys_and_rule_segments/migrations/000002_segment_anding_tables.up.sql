-- A rule matches several segments: segment_key moves out of rules into rule_segments.
-- The new tables name rules_temp; renaming it to rules rewrites those references.
CREATE TABLE IF NOT EXISTS rules_temp (
  id VARCHAR(255) PRIMARY KEY UNIQUE NOT NULL,
  flag_key VARCHAR(255) NOT NULL,
  rank INTEGER DEFAULT 1 NOT NULL,
  segment_operator INTEGER DEFAULT 0 NOT NULL,
  created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL,
  namespace_key VARCHAR(255) NOT NULL DEFAULT 'default' REFERENCES namespaces ON DELETE CASCADE,
  FOREIGN KEY (namespace_key, flag_key) REFERENCES flags (namespace_key, key) ON DELETE CASCADE
);

INSERT INTO rules_temp (id, flag_key, rank, created_at, namespace_key) SELECT id, flag_key, rank, created_at, namespace_key FROM rules;

-- distributions depend on rules: copied next to it
CREATE TABLE distributions_temp (
  id VARCHAR(255) PRIMARY KEY UNIQUE NOT NULL,
  rule_id VARCHAR(255) NOT NULL REFERENCES rules_temp ON DELETE CASCADE,
  variant_id VARCHAR(255) NOT NULL REFERENCES variants ON DELETE CASCADE,
  rollout float DEFAULT 0 NOT NULL,
  created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL
);

INSERT INTO distributions_temp (id, rule_id, variant_id, rollout, created_at)
  SELECT id, rule_id, variant_id, rollout, created_at
  FROM distributions;

CREATE TABLE IF NOT EXISTS rule_segments (
  rule_id VARCHAR(255) NOT NULL REFERENCES rules_temp ON DELETE CASCADE,
  namespace_key VARCHAR(255) NOT NULL,
  segment_key VARCHAR(255) NOT NULL,
  UNIQUE (rule_id, namespace_key, segment_key),
  FOREIGN KEY (namespace_key, segment_key) REFERENCES segments (namespace_key, key) ON DELETE CASCADE
);

INSERT INTO rule_segments (rule_id, namespace_key, segment_key) SELECT id AS rule_id, namespace_key, segment_key FROM rules;

-- a second segment for the rules of rank 2 (AND-ed)
INSERT INTO rule_segments (rule_id, namespace_key, segment_key)
SELECT id, namespace_key, 'segment_1' FROM rules WHERE rank = 2 AND segment_key <> 'segment_1' ORDER BY id;
UPDATE rules_temp SET segment_operator = 1 WHERE rank = 2;

DROP TABLE rules;

ALTER TABLE rules_temp RENAME TO rules;

DROP TABLE distributions;

ALTER TABLE distributions_temp RENAME TO distributions;
