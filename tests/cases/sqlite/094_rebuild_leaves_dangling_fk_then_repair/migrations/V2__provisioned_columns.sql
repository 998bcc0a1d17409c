-- Rebuild member and member_access with a provisioned column. member is renamed first:
-- with legacy_alter_table OFF (the default) SQLite rewrites member_phone's REFERENCES
-- clause to "member_old", which is then dropped: member_phone is left with a dangling
-- foreign key (it is not rebuilt here). The rollback must give it its old clause back.
ALTER TABLE member RENAME TO member_old;
CREATE TABLE IF NOT EXISTS member (
  id TEXT PRIMARY KEY,
  plan_id TEXT,
  login TEXT NOT NULL,
  role TEXT CHECK (role IN ('anonymous', 'admin', 'member')) NOT NULL,
  prefs JSON NOT NULL DEFAULT '{}',
  provisioned INT NOT NULL,
  created INT NOT NULL,
  FOREIGN KEY (plan_id) REFERENCES plan (id)
);
INSERT INTO member
SELECT
  id,
  plan_id,
  login,
  role,
  prefs,
  0, -- provisioned
  created
FROM member_old;
DROP TABLE member_old;

-- member_access: SELECT * plus the new column's value
ALTER TABLE member_access RENAME TO member_access_old;
CREATE TABLE member_access (
  member_id TEXT NOT NULL,
  topic TEXT NOT NULL,
  read INT NOT NULL,
  write INT NOT NULL,
  provisioned INTEGER NOT NULL,
  PRIMARY KEY (member_id, topic),
  FOREIGN KEY (member_id) REFERENCES member (id) ON DELETE CASCADE
);
INSERT INTO member_access SELECT *, 0 FROM member_access_old;
DROP TABLE member_access_old;

-- the rebuilt table's indexes went with member_old
CREATE UNIQUE INDEX idx_member_login ON member (login);
