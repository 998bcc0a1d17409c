-- Schema 14 moves decks, note types and config out of the col row into tables of their own.
PRAGMA legacy_alter_table = ON;
CREATE TABLE deck_config (id integer PRIMARY KEY NOT NULL, name text NOT NULL COLLATE NOCASE, mtime_secs integer NOT NULL,
  usn integer NOT NULL, config blob NOT NULL);
INSERT INTO deck_config (id, name, mtime_secs, usn, config)
SELECT CAST(key AS integer), json_extract(value, '$.name'), 1700000000, 0, value FROM json_each((SELECT dconf FROM col));
CREATE TABLE decks (id integer PRIMARY KEY NOT NULL, name text NOT NULL COLLATE NOCASE, mtime_secs integer NOT NULL,
  usn integer NOT NULL, common blob NOT NULL, kind blob NOT NULL);
CREATE UNIQUE INDEX idx_decks_name ON decks (name);
INSERT INTO decks (id, name, mtime_secs, usn, common, kind)
SELECT CAST(key AS integer), json_extract(value, '$.name'), 1700000000, 0, '', '' FROM json_each((SELECT decks FROM col));
CREATE TABLE config (KEY text NOT NULL PRIMARY KEY, usn integer NOT NULL, mtime_secs integer NOT NULL, val blob NOT NULL) WITHOUT ROWID;
INSERT INTO config (KEY, usn, mtime_secs, val) SELECT key, 0, 1700000000, CAST(value AS blob) FROM json_each((SELECT conf FROM col));
UPDATE col SET ver = 14, decks = '{}', dconf = '{}', conf = '{}';
PRAGMA legacy_alter_table = OFF;
