-- The JSON tag arrays become rows: JSON_TABLE explodes them, then the JSON column goes.
CREATE TABLE tags (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT,
  account_id INT UNSIGNED NOT NULL,
  name VARCHAR(191) NOT NULL,
  name_slug VARCHAR(191) NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY tags_account_id_name_slug (account_id, name_slug)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE contact_tag (
  contact_id INT UNSIGNED NOT NULL,
  tag_id INT UNSIGNED NOT NULL,
  PRIMARY KEY (contact_id, tag_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO tags (account_id, name, name_slug)
SELECT DISTINCT c.account_id, jt.tag, REPLACE(LOWER(jt.tag), ' ', '-')
FROM contacts c, JSON_TABLE(c.tags, '$[*]' COLUMNS (tag VARCHAR(191) PATH '$')) AS jt
ORDER BY c.account_id, jt.tag;

INSERT INTO contact_tag (contact_id, tag_id)
SELECT c.id, t.id
FROM contacts c
JOIN JSON_TABLE(c.tags, '$[*]' COLUMNS (ord FOR ORDINALITY, tag VARCHAR(191) PATH '$')) AS jt
JOIN tags t ON t.account_id = c.account_id AND t.name = jt.tag COLLATE utf8mb4_unicode_ci;

ALTER TABLE contacts DROP COLUMN tags;
