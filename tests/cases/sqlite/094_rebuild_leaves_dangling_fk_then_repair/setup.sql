-- A notification service of the CRM (ntfy-style user database): text ids, a CHECKed role, JSON
-- prefs, access rows keyed by (member_id, topic) with columns named read and write.
CREATE TABLE plan (id TEXT PRIMARY KEY, code TEXT NOT NULL, seats_limit INT NOT NULL, price_id TEXT);
CREATE UNIQUE INDEX idx_plan_code ON plan (code);
CREATE UNIQUE INDEX idx_plan_price_id ON plan (price_id);
CREATE TABLE member (
  id TEXT PRIMARY KEY,
  plan_id TEXT,
  login TEXT NOT NULL,
  role TEXT CHECK (role IN ('anonymous', 'admin', 'member')) NOT NULL,
  prefs JSON NOT NULL DEFAULT '{}',
  created INT NOT NULL,
  FOREIGN KEY (plan_id) REFERENCES plan (id)
);
CREATE UNIQUE INDEX idx_member_login ON member (login);
CREATE TABLE member_access (
  member_id TEXT NOT NULL,
  topic TEXT NOT NULL,
  read INT NOT NULL,
  write INT NOT NULL,
  PRIMARY KEY (member_id, topic),
  FOREIGN KEY (member_id) REFERENCES member (id) ON DELETE CASCADE
);
CREATE TABLE member_phone (
  member_id TEXT NOT NULL,
  phone_number TEXT NOT NULL,
  PRIMARY KEY (member_id, phone_number),
  FOREIGN KEY (member_id) REFERENCES member (id) ON DELETE CASCADE
);
INSERT INTO plan VALUES ('p_free','free',1,NULL),('p_team','team',10,'price_1');
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM n WHERE i < 240)
INSERT INTO member SELECT 'u_' || i, CASE WHEN i % 3 = 0 THEN 'p_team' ELSE 'p_free' END, 'login' || i, CASE WHEN i = 1 THEN 'admin' ELSE 'member' END, '{}', 1700000000 + i FROM n;
INSERT INTO member_access SELECT id, 'alerts_' || substr(id, 3), 1, created % 2 FROM member;
INSERT INTO member_access SELECT id, 'news', 1, 0 FROM member WHERE created % 5 = 0;
INSERT INTO member_phone SELECT id, '+1555' || substr(id, 3) FROM member WHERE created % 7 = 0;
