DROP TRIGGER contacts_track;
DROP TRIGGER IF EXISTS contacts_bump;
