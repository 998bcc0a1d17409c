-- A Firefox-places-like history store: places keyed by an integer id with a url hash, visits,
-- origins maintained by triggers with WHEN clauses, bookmarks, keywords.
PRAGMA user_version = 52;
CREATE TABLE moz_origins (id INTEGER PRIMARY KEY, prefix TEXT NOT NULL, host TEXT NOT NULL, frecency INTEGER NOT NULL,
  recalc_frecency INTEGER NOT NULL DEFAULT 0, UNIQUE (prefix, host));
CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url LONGVARCHAR, title LONGVARCHAR, rev_host LONGVARCHAR,
  visit_count INTEGER DEFAULT 0, hidden INTEGER DEFAULT 0 NOT NULL, typed INTEGER DEFAULT 0 NOT NULL,
  frecency INTEGER DEFAULT -1 NOT NULL, last_visit_date INTEGER, guid TEXT, foreign_count INTEGER DEFAULT 0 NOT NULL,
  url_hash INTEGER DEFAULT 0 NOT NULL, origin_id INTEGER REFERENCES moz_origins(id));
CREATE INDEX moz_places_url_hashindex ON moz_places (url_hash);
CREATE INDEX moz_places_hostindex ON moz_places (rev_host);
CREATE INDEX moz_places_frecencyindex ON moz_places (frecency);
CREATE UNIQUE INDEX moz_places_guid_uniqueindex ON moz_places (guid);
CREATE TABLE moz_historyvisits (id INTEGER PRIMARY KEY, from_visit INTEGER, place_id INTEGER, visit_date INTEGER, visit_type INTEGER, session INTEGER);
CREATE INDEX moz_historyvisits_placedateindex ON moz_historyvisits (place_id, visit_date);
CREATE TABLE moz_bookmarks (id INTEGER PRIMARY KEY, type INTEGER, fk INTEGER DEFAULT NULL, parent INTEGER, position INTEGER,
  title LONGVARCHAR, dateAdded INTEGER, lastModified INTEGER, guid TEXT, syncStatus INTEGER NOT NULL DEFAULT 0);
CREATE TABLE moz_keywords (id INTEGER PRIMARY KEY AUTOINCREMENT, keyword TEXT UNIQUE, place_id INTEGER, post_data TEXT);
CREATE TRIGGER moz_historyvisits_afterinsert_trigger AFTER INSERT ON moz_historyvisits BEGIN
  UPDATE moz_places SET visit_count = visit_count + (NEW.visit_type NOT IN (0, 4, 7, 8, 9)), last_visit_date = MAX(IFNULL(last_visit_date, 0), NEW.visit_date)
  WHERE id = NEW.place_id;
END;
CREATE TRIGGER moz_historyvisits_afterdelete_trigger AFTER DELETE ON moz_historyvisits BEGIN
  UPDATE moz_places SET visit_count = visit_count - (OLD.visit_type NOT IN (0, 4, 7, 8, 9)),
    last_visit_date = (SELECT visit_date FROM moz_historyvisits WHERE place_id = OLD.place_id ORDER BY visit_date DESC LIMIT 1)
  WHERE id = OLD.place_id;
END;
CREATE TRIGGER moz_places_afterupdate_frecency_trigger AFTER UPDATE OF frecency ON moz_places
WHEN NEW.frecency >= 0 AND NOT (OLD.frecency = NEW.frecency) BEGIN
  UPDATE moz_origins SET frecency = MAX(frecency, NEW.frecency), recalc_frecency = 1 WHERE id = NEW.origin_id;
END;

INSERT INTO moz_origins VALUES (1, 'https://', 'mozilla.org', 0, 0), (2, 'https://', 'example.com', 0, 0), (3, 'http://', 'old.example', 0, 0);
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 60)
INSERT INTO moz_places (id, url, title, rev_host, visit_count, hidden, typed, frecency, guid, url_hash, origin_id)
SELECT i, (CASE i % 3 WHEN 0 THEN 'https://mozilla.org/' WHEN 1 THEN 'https://example.com/' ELSE 'http://old.example/' END) || 'page' || i,
       CASE WHEN i % 7 = 0 THEN NULL ELSE 'Page ' || i END,
       CASE i % 3 WHEN 0 THEN 'gro.allizom.' WHEN 1 THEN 'moc.elpmaxe.' ELSE 'elpmaxe.dlo.' END,
       0, i % 13 = 0, i % 4 = 0, -1, printf('guid%08d', i), 47000000000000 + i * 7919, CASE i % 3 WHEN 0 THEN 1 WHEN 1 THEN 2 ELSE 3 END FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 240)
INSERT INTO moz_historyvisits (id, from_visit, place_id, visit_date, visit_type, session)
SELECT i, CASE WHEN i % 5 = 0 THEN i - 1 ELSE 0 END, 1 + (i * 7) % 60, 1690000000000000 + i * 3600000000, 1 + i % 9, 0 FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20)
INSERT INTO moz_bookmarks (id, type, fk, parent, position, title, dateAdded, lastModified, guid)
SELECT i + 10, 1, i * 3, 3, i - 1, 'Bookmark ' || i, 1690000000000000, 1690000000000000, printf('bm%010d', i) FROM n;
UPDATE moz_places SET foreign_count = (SELECT count(*) FROM moz_bookmarks WHERE fk = moz_places.id);
INSERT INTO moz_keywords (keyword, place_id, post_data) VALUES ('mdn', 3, NULL), ('ex', 4, 'q=%s'), ('old', 5, NULL);
