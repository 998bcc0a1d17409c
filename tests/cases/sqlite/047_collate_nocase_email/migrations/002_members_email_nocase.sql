CREATE TABLE members_new (id INTEGER PRIMARY KEY, email TEXT NOT NULL COLLATE NOCASE, joined_on TEXT NOT NULL);
INSERT INTO members_new SELECT id, lower(email), joined_on FROM members;
DROP TABLE members;
ALTER TABLE members_new RENAME TO members;
CREATE UNIQUE INDEX members_email_uq ON members(email);
