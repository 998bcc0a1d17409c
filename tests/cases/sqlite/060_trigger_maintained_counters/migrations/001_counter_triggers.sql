CREATE TRIGGER contacts_count_ins AFTER INSERT ON contacts BEGIN
    UPDATE organizations SET contact_count = contact_count + 1 WHERE id = NEW.organization_id;
END;
CREATE TRIGGER contacts_count_del AFTER DELETE ON contacts BEGIN
    UPDATE organizations SET contact_count = contact_count - 1 WHERE id = OLD.organization_id;
END;
CREATE TRIGGER contacts_count_move AFTER UPDATE OF organization_id ON contacts WHEN OLD.organization_id <> NEW.organization_id BEGIN
    UPDATE organizations SET contact_count = contact_count - 1 WHERE id = OLD.organization_id;
    UPDATE organizations SET contact_count = contact_count + 1 WHERE id = NEW.organization_id;
END;
