--
-- patch-categorylinks-better-collation.sql
--
-- Sort keys get a collation and a prefix; links learn which kind of page they come from.
ALTER TABLE /*_*/kb_categorylinks
	ADD COLUMN cl_sortkey_prefix varchar(255) binary NOT NULL default '',
	ADD COLUMN cl_collation tinyint NOT NULL default 0,
	ADD COLUMN cl_type ENUM('page', 'subcat', 'file') NOT NULL default 'page',
	ADD INDEX (cl_collation),
	DROP INDEX cl_sortkey,
	ADD INDEX cl_sortkey (cl_to, cl_type, cl_sortkey, cl_from);

UPDATE /*_*/kb_categorylinks
	JOIN /*_*/kb_page ON page_id = cl_from
	SET cl_type = IF(page_namespace = 14, 'subcat', IF(page_namespace = 6, 'file', 'page')),
	    cl_sortkey_prefix = LEFT(page_title, 8),
	    cl_collation = 1;

-- 
-- patch-categorylinks-multiple-collations.sql
-- 
ALTER TABLE /*_*/kb_categorylinks
   DROP INDEX /*i*/cl_from,
   ADD UNIQUE INDEX /*i*/cl_from(cl_from,cl_to,cl_collation);

ALTER TABLE /*_*/kb_categorylinks
   DROP INDEX /*i*/cl_sortkey,
   ADD INDEX /*i*/cl_sortkey(cl_to,cl_type,cl_collation,cl_sortkey,cl_from);
