-- The upgrade renames the old tables away with legacy_alter_table on, so the view and trigger go
-- on naming `cards` / `notes` (the new tables), not the renamed-away copies.
PRAGMA legacy_alter_table = ON;
ALTER TABLE cards RENAME TO cards_old;
CREATE TABLE cards (id integer PRIMARY KEY, nid integer NOT NULL, did integer NOT NULL, ord integer NOT NULL, mod integer NOT NULL,
  usn integer NOT NULL, type integer NOT NULL, queue integer NOT NULL, due integer NOT NULL, ivl integer NOT NULL,
  factor integer NOT NULL, reps integer NOT NULL, lapses integer NOT NULL, left integer NOT NULL, odue integer NOT NULL,
  odid integer NOT NULL, flags integer NOT NULL, data text NOT NULL, original_position integer);
INSERT INTO cards SELECT *, CASE WHEN type = 0 THEN due END FROM cards_old;
DROP TABLE cards_old;
CREATE INDEX ix_cards_nid ON cards (nid);
CREATE INDEX ix_cards_sched ON cards (did, queue, due);
CREATE TRIGGER cards_grave AFTER DELETE ON cards BEGIN
  INSERT INTO graves (usn, oid, type) VALUES (-1, OLD.id, 0);
END;
ALTER TABLE notes RENAME TO notes_old;
CREATE TABLE notes (id integer PRIMARY KEY, guid text NOT NULL, mid integer NOT NULL, mod integer NOT NULL, usn integer NOT NULL,
  tags text NOT NULL, flds text NOT NULL, sfld integer NOT NULL, csum integer NOT NULL, flags integer NOT NULL, data text NOT NULL);
INSERT INTO notes SELECT id, guid, mid, mod, usn, trim(tags), flds, sfld, csum, flags, data FROM notes_old;
DROP TABLE notes_old;
CREATE INDEX ix_notes_usn ON notes (usn);
CREATE INDEX ix_notes_csum ON notes (csum);
PRAGMA legacy_alter_table = OFF;
