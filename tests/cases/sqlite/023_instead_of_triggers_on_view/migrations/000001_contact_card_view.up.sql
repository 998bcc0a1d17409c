CREATE VIEW contact_cards AS
    SELECT p.id, p.name, e.address FROM people p LEFT JOIN emails e ON e.person_id = p.id;

CREATE TRIGGER contact_cards_insert INSTEAD OF INSERT ON contact_cards
BEGIN
    INSERT INTO people (id, name) VALUES (NEW.id, NEW.name);
    INSERT INTO emails (person_id, address) SELECT NEW.id, NEW.address WHERE NEW.address IS NOT NULL;
END;

CREATE TRIGGER contact_cards_update INSTEAD OF UPDATE OF address ON contact_cards
BEGIN
    DELETE FROM emails WHERE person_id = OLD.id;
    INSERT INTO emails (person_id, address) SELECT NEW.id, NEW.address WHERE NEW.address IS NOT NULL;
END;

CREATE TRIGGER contact_cards_delete INSTEAD OF DELETE ON contact_cards
BEGIN
    DELETE FROM emails WHERE person_id = OLD.id;
    DELETE FROM people WHERE id = OLD.id;
END;
