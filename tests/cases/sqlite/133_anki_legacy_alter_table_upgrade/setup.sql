-- An Anki-like collection at schema 11: the col row, notes, cards, the review log, a view and a
-- trigger naming the tables that the upgrade renames away and back.
CREATE TABLE col (id integer PRIMARY KEY, crt integer NOT NULL, mod integer NOT NULL, scm integer NOT NULL, ver integer NOT NULL,
  dty integer NOT NULL, usn integer NOT NULL, ls integer NOT NULL, conf text NOT NULL, models text NOT NULL, decks text NOT NULL,
  dconf text NOT NULL, tags text NOT NULL);
INSERT INTO col VALUES (1, 1600000000, 1700000000000, 1700000000000, 11, 0, 0, 0, '{"curDeck": 1}',
  '{"1600000000001": {"name": "Basic", "flds": [{"name": "Front"}, {"name": "Back"}]}}',
  '{"1": {"name": "Default"}, "1600000000100": {"name": "Spanish"}}', '{"1": {"name": "Default", "new": {"perDay": 20}}}', '{}');
CREATE TABLE notes (id integer PRIMARY KEY, guid text NOT NULL, mid integer NOT NULL, mod integer NOT NULL, usn integer NOT NULL,
  tags text NOT NULL, flds text NOT NULL, sfld integer NOT NULL, csum integer NOT NULL, flags integer NOT NULL, data text NOT NULL);
CREATE INDEX ix_notes_usn ON notes (usn);
CREATE INDEX ix_notes_csum ON notes (csum);
CREATE TABLE cards (id integer PRIMARY KEY, nid integer NOT NULL, did integer NOT NULL, ord integer NOT NULL, mod integer NOT NULL,
  usn integer NOT NULL, type integer NOT NULL, queue integer NOT NULL, due integer NOT NULL, ivl integer NOT NULL,
  factor integer NOT NULL, reps integer NOT NULL, lapses integer NOT NULL, left integer NOT NULL, odue integer NOT NULL,
  odid integer NOT NULL, flags integer NOT NULL, data text NOT NULL);
CREATE INDEX ix_cards_nid ON cards (nid);
CREATE INDEX ix_cards_sched ON cards (did, queue, due);
CREATE TABLE revlog (id integer PRIMARY KEY, cid integer NOT NULL, usn integer NOT NULL, ease integer NOT NULL, ivl integer NOT NULL,
  lastIvl integer NOT NULL, factor integer NOT NULL, time integer NOT NULL, type integer NOT NULL);
CREATE INDEX ix_revlog_cid ON revlog (cid);
CREATE TABLE graves (usn integer NOT NULL, oid integer NOT NULL, type integer NOT NULL);
CREATE VIEW due_cards AS SELECT c.id, c.did, n.sfld FROM cards AS c JOIN notes AS n ON n.id = c.nid WHERE c.queue IN (1, 2, 3);
CREATE TRIGGER cards_grave AFTER DELETE ON cards BEGIN
  INSERT INTO graves (usn, oid, type) VALUES (-1, OLD.id, 0);
END;

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50)
INSERT INTO notes SELECT 1600000001000 + i, printf('g%05d', i), 1600000000001, 1700000000 + i, -1,
  CASE WHEN i % 4 = 0 THEN ' leech spanish ' ELSE ' spanish ' END, 'hola ' || i || char(31) || 'hello ' || i, 'hola ' || i, 1000 + i, 0, '' FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100)
INSERT INTO cards SELECT 1600000002000 + i, 1600000001000 + 1 + (i - 1) / 2, CASE WHEN i % 3 = 0 THEN 1 ELSE 1600000000100 END, (i - 1) % 2,
  1700000000 + i, -1, i % 3, CASE WHEN i % 10 = 0 THEN -1 ELSE i % 4 END, i * 3, i % 30, 2500, i % 12, i % 4 = 0, 0, 0, 0, 0, '' FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 150)
INSERT INTO revlog SELECT 1650000000000 + i * 1000, 1600000002000 + 1 + i % 100, -1, 1 + i % 4, i % 20, i % 10, 2500, 8000 + i, i % 3 FROM n;
