CREATE VIRTUAL TABLE contacts_fts USING fts5(first_name, last_name, email, content='contacts', content_rowid='id');
INSERT INTO contacts_fts(contacts_fts) VALUES ('rebuild');
CREATE TRIGGER contacts_fts_ai AFTER INSERT ON contacts BEGIN
    INSERT INTO contacts_fts(rowid, first_name, last_name, email) VALUES (new.id, new.first_name, new.last_name, new.email);
END;
CREATE TRIGGER contacts_fts_ad AFTER DELETE ON contacts BEGIN
    INSERT INTO contacts_fts(contacts_fts, rowid, first_name, last_name, email) VALUES ('delete', old.id, old.first_name, old.last_name, old.email);
END;
