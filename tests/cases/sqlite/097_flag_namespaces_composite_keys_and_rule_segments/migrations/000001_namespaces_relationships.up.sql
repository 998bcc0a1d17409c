PRAGMA foreign_keys=off;

CREATE TABLE IF NOT EXISTS namespaces (
  key VARCHAR(255) PRIMARY KEY UNIQUE NOT NULL,
  name VARCHAR(255) NOT NULL,
  description TEXT NOT NULL,
  protected BOOLEAN DEFAULT FALSE NOT NULL,
  created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL
);

INSERT INTO namespaces (key, name, description, protected, created_at)
VALUES ('default', 'Default', 'Default namespace', TRUE, '2024-04-01 00:00:00');

-- Flags: the key is unique per namespace now
CREATE TABLE IF NOT EXISTS flags_temp (
  key VARCHAR(255) NOT NULL,
  name VARCHAR(255) NOT NULL,
  description TEXT NOT NULL,
  enabled BOOLEAN DEFAULT FALSE NOT NULL,
  created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL,
  namespace_key VARCHAR(255) NOT NULL DEFAULT 'default' REFERENCES namespaces ON DELETE CASCADE,
  PRIMARY KEY (namespace_key, key)
);
INSERT INTO flags_temp (key, name, description, enabled, created_at)
  SELECT key, name, description, enabled, created_at
  FROM flags;
DROP TABLE flags;
ALTER TABLE flags_temp RENAME TO flags;

-- Segments
CREATE TABLE IF NOT EXISTS segments_temp (
  key VARCHAR(255) NOT NULL,
  name VARCHAR(255) NOT NULL,
  description TEXT NOT NULL,
  match_type INTEGER DEFAULT 0 NOT NULL,
  created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL,
  namespace_key VARCHAR(255) NOT NULL DEFAULT 'default' REFERENCES namespaces ON DELETE CASCADE,
  PRIMARY KEY (namespace_key, key)
);
INSERT INTO segments_temp (key, name, description, match_type, created_at)
  SELECT key, name, description, match_type, created_at
  FROM segments;
DROP TABLE segments;
ALTER TABLE segments_temp RENAME TO segments;

-- Variants reference their flag through both key columns
CREATE TABLE IF NOT EXISTS variants_temp (
  id VARCHAR(255) PRIMARY KEY UNIQUE NOT NULL,
  flag_key VARCHAR(255) NOT NULL,
  key VARCHAR(255) NOT NULL,
  name VARCHAR(255) NOT NULL,
  attachment TEXT,
  created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL,
  namespace_key VARCHAR(255) NOT NULL DEFAULT 'default' REFERENCES namespaces ON DELETE CASCADE,
  UNIQUE (namespace_key, flag_key, key),
  FOREIGN KEY (namespace_key, flag_key) REFERENCES flags (namespace_key, key) ON DELETE CASCADE
);
INSERT INTO variants_temp (id, flag_key, key, name, attachment, created_at)
  SELECT id, flag_key, key, name, attachment, created_at
  FROM variants;
DROP TABLE variants;
ALTER TABLE variants_temp RENAME TO variants;

-- Rules
CREATE TABLE IF NOT EXISTS rules_temp (
  id VARCHAR(255) PRIMARY KEY UNIQUE NOT NULL,
  flag_key VARCHAR(255) NOT NULL,
  segment_key VARCHAR(255) NOT NULL,
  rank INTEGER DEFAULT 1 NOT NULL,
  created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL,
  namespace_key VARCHAR(255) NOT NULL DEFAULT 'default' REFERENCES namespaces ON DELETE CASCADE,
  FOREIGN KEY (namespace_key, flag_key) REFERENCES flags (namespace_key, key) ON DELETE CASCADE,
  FOREIGN KEY (namespace_key, segment_key) REFERENCES segments (namespace_key, key) ON DELETE CASCADE
);
INSERT INTO rules_temp (id, flag_key, segment_key, rank, created_at)
  SELECT id, flag_key, segment_key, rank, created_at
  FROM rules;
DROP TABLE rules;
ALTER TABLE rules_temp RENAME TO rules;

PRAGMA foreign_keys=on;
