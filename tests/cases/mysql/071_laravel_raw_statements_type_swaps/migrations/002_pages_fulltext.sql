ALTER TABLE pages ENGINE = InnoDB;
ALTER TABLE pages ADD FULLTEXT search (name, html);
ALTER TABLE pages ALTER COLUMN draft SET DEFAULT 1, RENAME COLUMN html TO body_html;
DROP TABLE IF EXISTS tmp_a, tmp_missing, tmp_b;
