-- The index gains the company column: drop it with its triggers, create it again, rebuild.
DROP TRIGGER contacts_search_ai;
DROP TRIGGER contacts_search_ad;
DROP TRIGGER contacts_search_au;
DROP TABLE contacts_search;
CREATE VIRTUAL TABLE contacts_search USING fts5(full_name, company, notes, content='contacts', content_rowid='id');
INSERT INTO contacts_search(contacts_search) VALUES ('rebuild');
CREATE TRIGGER contacts_search_ai AFTER INSERT ON contacts BEGIN
  INSERT INTO contacts_search(rowid, full_name, company, notes) VALUES (new.id, new.full_name, new.company, new.notes);
END;
CREATE TRIGGER contacts_search_ad AFTER DELETE ON contacts BEGIN
  INSERT INTO contacts_search(contacts_search, rowid, full_name, company, notes) VALUES ('delete', old.id, old.full_name, old.company, old.notes);
END;
CREATE TRIGGER contacts_search_au AFTER UPDATE ON contacts BEGIN
  INSERT INTO contacts_search(contacts_search, rowid, full_name, company, notes) VALUES ('delete', old.id, old.full_name, old.company, old.notes);
  INSERT INTO contacts_search(rowid, full_name, company, notes) VALUES (new.id, new.full_name, new.company, new.notes);
END;
UPDATE contacts SET company = 'Company 1 (EMEA)' WHERE company = 'Company 1';
