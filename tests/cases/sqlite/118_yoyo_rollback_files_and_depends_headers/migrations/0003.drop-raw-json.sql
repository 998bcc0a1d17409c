-- depends: 0002.normalise-and-prune
CREATE TABLE lead_pages (lead_id INTEGER NOT NULL REFERENCES leads (id), pages INTEGER NOT NULL, PRIMARY KEY (lead_id)) WITHOUT ROWID;
INSERT INTO lead_pages SELECT id, json_extract(raw_json, '$.pages') FROM leads WHERE json_extract(raw_json, '$.pages') > 0 ORDER BY id;
ALTER TABLE leads DROP COLUMN raw_json;
