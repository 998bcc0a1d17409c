-- A tracker whose page hits table is about to be replaced by a wider one; the old one stays beside it.
CREATE TABLE sites (id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY, host VARCHAR(80) NOT NULL) ENGINE=InnoDB;
CREATE TABLE hits (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT,
  site_id INT UNSIGNED NOT NULL,
  seen_at DATETIME NOT NULL,
  path VARCHAR(200) NOT NULL,
  PRIMARY KEY (id),
  KEY hits_seen_idx (seen_at),
  KEY hits_site_idx (site_id),
  CONSTRAINT hits_site_fk FOREIGN KEY (site_id) REFERENCES sites (id) ON DELETE CASCADE
) ENGINE=InnoDB;
INSERT INTO sites (host) VALUES ('blog.example.org'), ('shop.example.org');
INSERT INTO hits (site_id, seen_at, path) VALUES
  (1, '2024-01-02 10:00:00', '/'), (1, '2024-01-02 10:05:00', '/post/1'), (2, '2024-01-03 08:00:00', '/cart');
