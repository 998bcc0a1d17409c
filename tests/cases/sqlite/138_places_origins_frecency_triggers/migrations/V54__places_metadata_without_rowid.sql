-- Schema 54: interaction metadata keyed by place and time, a WITHOUT ROWID table; origins of http
-- pages fold into https (UPSERT), an expression index on the url's scheme.
CREATE TABLE moz_places_metadata (place_id INTEGER NOT NULL, created_at INTEGER NOT NULL DEFAULT 0, updated_at INTEGER NOT NULL DEFAULT 0,
  total_view_time INTEGER NOT NULL DEFAULT 0, typing_time INTEGER NOT NULL DEFAULT 0, key_presses INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (place_id, created_at), FOREIGN KEY (place_id) REFERENCES moz_places(id) ON DELETE CASCADE) WITHOUT ROWID;
INSERT INTO moz_places_metadata (place_id, created_at, updated_at, total_view_time)
SELECT place_id, min(visit_date), max(visit_date), count(*) * 30000 FROM moz_historyvisits GROUP BY place_id ORDER BY place_id;
INSERT INTO moz_origins (prefix, host, frecency) SELECT 'https://', host, frecency FROM moz_origins WHERE prefix = 'http://' ORDER BY id
  ON CONFLICT (prefix, host) DO UPDATE SET frecency = max(frecency, excluded.frecency);
UPDATE moz_places SET url = 'https://' || substr(url, 8), origin_id = (SELECT id FROM moz_origins WHERE prefix = 'https://' AND host = 'old.example')
WHERE url LIKE 'http://%';
DELETE FROM moz_origins WHERE prefix = 'http://';
CREATE INDEX moz_places_scheme ON moz_places (substr(url, 1, instr(url, ':'))) WHERE hidden = 0;
PRAGMA user_version = 54;
