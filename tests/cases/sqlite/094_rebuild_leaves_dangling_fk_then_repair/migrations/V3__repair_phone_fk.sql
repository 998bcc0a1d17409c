-- Point member_phone's foreign key at member again by rebuilding it.
ALTER TABLE member_phone RENAME TO member_phone_old;
CREATE TABLE member_phone (
  member_id TEXT NOT NULL,
  phone_number TEXT NOT NULL,
  PRIMARY KEY (member_id, phone_number),
  FOREIGN KEY (member_id) REFERENCES member (id) ON DELETE CASCADE
);
INSERT INTO member_phone SELECT * FROM member_phone_old;
DROP TABLE member_phone_old;

-- the everyone row, created once
INSERT INTO member (id, login, role, provisioned, created)
VALUES ('u_everyone', '*', 'anonymous', false, 1700009999)
ON CONFLICT (id) DO NOTHING;
INSERT INTO member_access (member_id, topic, read, write, provisioned)
VALUES ('u_everyone', 'status\_page', 1, 0, 1)
ON CONFLICT (member_id, topic) DO NOTHING;
