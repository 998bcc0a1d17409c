CREATE TABLE contacts (id INTEGER PRIMARY KEY, email TEXT NOT NULL, updated_count INTEGER NOT NULL DEFAULT 0);
CREATE TABLE contact_changes (id INTEGER PRIMARY KEY, contact_id INTEGER, old_email TEXT);
CREATE TRIGGER contacts_track AFTER UPDATE OF email ON contacts BEGIN
    INSERT INTO contact_changes (contact_id, old_email) VALUES (OLD.id, OLD.email);
END;
CREATE TRIGGER contacts_bump AFTER UPDATE OF email ON contacts BEGIN
    UPDATE contacts SET updated_count = updated_count + 1 WHERE id = NEW.id;
END;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20)
INSERT INTO contacts (id, email) SELECT i, 'e' || i || '@a.example' FROM n;
UPDATE contacts SET email = 'x' || email WHERE id < 4;
