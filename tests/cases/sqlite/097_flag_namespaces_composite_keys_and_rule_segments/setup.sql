-- Feature flags of a CRM's rollout service, before namespaces existed.
CREATE TABLE flags (
  key VARCHAR(255) PRIMARY KEY UNIQUE NOT NULL,
  name VARCHAR(255) NOT NULL,
  description TEXT NOT NULL,
  enabled BOOLEAN DEFAULT FALSE NOT NULL,
  created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL
);

CREATE TABLE segments (
  key VARCHAR(255) PRIMARY KEY UNIQUE NOT NULL,
  name VARCHAR(255) NOT NULL,
  description TEXT NOT NULL,
  match_type INTEGER DEFAULT 0 NOT NULL,
  created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL
);

CREATE TABLE variants (
  id VARCHAR(255) PRIMARY KEY UNIQUE NOT NULL,
  flag_key VARCHAR(255) NOT NULL REFERENCES flags ON DELETE CASCADE,
  key VARCHAR(255) NOT NULL,
  name VARCHAR(255) NOT NULL,
  attachment TEXT,
  created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL,
  UNIQUE (flag_key, key)
);

CREATE TABLE rules (
  id VARCHAR(255) PRIMARY KEY UNIQUE NOT NULL,
  flag_key VARCHAR(255) NOT NULL REFERENCES flags ON DELETE CASCADE,
  segment_key VARCHAR(255) NOT NULL REFERENCES segments ON DELETE CASCADE,
  rank INTEGER DEFAULT 1 NOT NULL,
  created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL
);

CREATE TABLE distributions (
  id VARCHAR(255) PRIMARY KEY UNIQUE NOT NULL,
  rule_id VARCHAR(255) NOT NULL REFERENCES rules ON DELETE CASCADE,
  variant_id VARCHAR(255) NOT NULL REFERENCES variants ON DELETE CASCADE,
  rollout float DEFAULT 0 NOT NULL,
  created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL
);

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 12)
INSERT INTO flags (key, name, description, enabled, created_at)
SELECT printf('crm_feature_%02d', i), printf('CRM feature %d', i), 'rollout of feature ' || i,
       i % 3 <> 0, printf('2024-02-%02d 09:00:00', i) FROM n;

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 6)
INSERT INTO segments (key, name, description, match_type, created_at)
SELECT printf('segment_%d', i), printf('Accounts tier %d', i), '', i % 2, '2024-01-15 08:00:00' FROM n;

INSERT INTO variants (id, flag_key, key, name, attachment, created_at)
SELECT 'v-' || f.key || '-' || k.key, f.key, k.key, upper(k.key), CASE WHEN k.key = 'on' THEN '{"color":"green"}' END,
       f.created_at
FROM flags f CROSS JOIN (SELECT 'on' AS key UNION ALL SELECT 'off') k ORDER BY f.key, k.key;

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 18)
INSERT INTO rules (id, flag_key, segment_key, rank, created_at)
SELECT printf('rule-%03d', i), printf('crm_feature_%02d', 1 + (i - 1) % 12), printf('segment_%d', 1 + i % 6),
       1 + (i - 1) / 12, '2024-03-01 10:00:00' FROM n;

INSERT INTO distributions (id, rule_id, variant_id, rollout, created_at)
SELECT 'd-' || r.id || '-' || v.key, r.id, v.id, CASE v.key WHEN 'on' THEN 25.5 ELSE 74.5 END, r.created_at
FROM rules r JOIN variants v ON v.flag_key = r.flag_key ORDER BY r.id, v.key;
