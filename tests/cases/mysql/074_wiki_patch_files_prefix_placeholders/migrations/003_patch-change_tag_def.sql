-- Table defining tag names for IDs. Also stores hit counts to avoid expensive queries on change_tag

CREATE TABLE /*_*/kb_change_tag_def (
    -- Numerical ID of the tag (ct_tag_id refers to this)
    ctd_id int unsigned NOT NULL PRIMARY KEY AUTO_INCREMENT,
    -- Symbolic name of the tag; ';' in a comment does not end the statement
    ctd_name varchar(255) NOT NULL,
    ctd_user_defined tinyint(1) NOT NULL,
    ctd_count bigint unsigned NOT NULL default 0,
    ctd_timestamp varbinary(14) NULL
) /*$wgDBTableOptions*/;

CREATE UNIQUE INDEX /*i*/ctd_name ON /*_*/kb_change_tag_def (ctd_name);
CREATE INDEX /*i*/ctd_count ON /*_*/kb_change_tag_def (ctd_count);

INSERT INTO /*_*/kb_change_tag_def (ctd_name, ctd_user_defined, ctd_count)
SELECT ct_tag, 0, COUNT(*) FROM /*_*/kb_change_tag GROUP BY ct_tag ORDER BY ct_tag;

ALTER TABLE /*_*/kb_change_tag ADD ct_tag_id int unsigned NULL;
UPDATE /*_*/kb_change_tag JOIN /*_*/kb_change_tag_def ON ctd_name = ct_tag SET ct_tag_id = ctd_id;

CREATE UNIQUE INDEX /*i*/change_tag_rc_tag_id ON /*_*/kb_change_tag (ct_rc_id,ct_tag_id);
CREATE UNIQUE INDEX /*i*/change_tag_log_tag_id ON /*_*/kb_change_tag (ct_log_id,ct_tag_id);
CREATE UNIQUE INDEX /*i*/change_tag_rev_tag_id ON /*_*/kb_change_tag (ct_rev_id,ct_tag_id);

DROP INDEX /*i*/change_tag_rc_tag ON /*_*/kb_change_tag;
DROP INDEX /*i*/change_tag_log_tag ON /*_*/kb_change_tag;
DROP INDEX /*i*/change_tag_rev_tag ON /*_*/kb_change_tag;

ALTER TABLE /*i*/kb_change_tag
  ALTER COLUMN ct_tag SET DEFAULT '';

-- This part is generated from an abstract schema change: note the doubled blanks
DROP  INDEX change_tag_tag_id ON  /*_*/kb_change_tag;
ALTER TABLE  /*_*/kb_change_tag
DROP  ct_tag,
CHANGE  ct_tag_id ct_tag_id INT UNSIGNED NOT NULL;
