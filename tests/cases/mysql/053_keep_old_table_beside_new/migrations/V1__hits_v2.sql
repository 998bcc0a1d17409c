-- Free the old table's key and index names, then move it aside under a new name.
ALTER TABLE hits DROP FOREIGN KEY hits_site_fk;
DROP INDEX hits_seen_idx ON hits;
DROP INDEX hits_site_idx ON hits;
CREATE INDEX hits_old_seen_idx ON hits (seen_at);
CREATE INDEX hits_old_site_idx ON hits (site_id);

RENAME TABLE hits TO hits_v1;

-- The new table takes the old name (and its index names).
CREATE TABLE hits (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT,
  site_id INT UNSIGNED NOT NULL,
  seen_at DATETIME NOT NULL,
  path VARCHAR(200) NOT NULL,
  referrer VARCHAR(200) NULL,
  PRIMARY KEY (id),
  KEY hits_seen_idx (seen_at),
  KEY hits_site_idx (site_id),
  CONSTRAINT hits_site_fk FOREIGN KEY (site_id) REFERENCES sites (id) ON DELETE RESTRICT
) ENGINE=InnoDB;
INSERT INTO hits (site_id, seen_at, path) SELECT site_id, seen_at, path FROM hits_v1 WHERE site_id = 1 ORDER BY id;
