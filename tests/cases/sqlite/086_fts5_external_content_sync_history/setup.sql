-- Contacts searched through an external-content FTS5 index that triggers keep in
-- step, and an internal-content FTS5 table of call transcripts.
CREATE TABLE contacts (id INTEGER PRIMARY KEY, full_name TEXT NOT NULL, company TEXT, notes TEXT);
CREATE VIRTUAL TABLE contacts_search USING fts5(full_name, notes, content='contacts', content_rowid='id');
CREATE TRIGGER contacts_search_ai AFTER INSERT ON contacts BEGIN
  INSERT INTO contacts_search(rowid, full_name, notes) VALUES (new.id, new.full_name, new.notes);
END;
CREATE TRIGGER contacts_search_ad AFTER DELETE ON contacts BEGIN
  INSERT INTO contacts_search(contacts_search, rowid, full_name, notes) VALUES ('delete', old.id, old.full_name, old.notes);
END;
CREATE TRIGGER contacts_search_au AFTER UPDATE ON contacts BEGIN
  INSERT INTO contacts_search(contacts_search, rowid, full_name, notes) VALUES ('delete', old.id, old.full_name, old.notes);
  INSERT INTO contacts_search(rowid, full_name, notes) VALUES (new.id, new.full_name, new.notes);
END;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 260)
INSERT INTO contacts (full_name, company, notes)
SELECT 'Person ' || i, 'Company ' || (i % 23), 'met at trade fair ' || (i % 9) || CASE WHEN i % 8 = 0 THEN '; wants demo' ELSE '' END FROM n;
CREATE VIRTUAL TABLE call_transcripts USING fts5(title, body, tokenize = 'unicode61');
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 80)
INSERT INTO call_transcripts (rowid, title, body) SELECT i, 'Call ' || i, 'discussed pricing tier ' || (i % 4) || ' and onboarding' FROM n;
