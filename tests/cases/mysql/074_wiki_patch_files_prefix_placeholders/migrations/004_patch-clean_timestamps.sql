-- Cleaning of timestamp fields to a standard varbinary(14)  datatype
ALTER TABLE `kb_page` MODIFY COLUMN page_touched varbinary(14) NOT NULL default '';
ALTER TABLE `kb_archive` MODIFY COLUMN ar_timestamp varbinary(14) NOT NULL default '',
	MODIFY COLUMN ar_comment varbinary(767) NOT NULL;

-- Special treatment for exptime because of truncation issue
DROP TABLE IF EXISTS `kb_objectcache_temp`;
CREATE TABLE `kb_objectcache_temp` like kb_objectcache;
INSERT INTO  kb_objectcache_temp select * from kb_objectcache;
TRUNCATE kb_objectcache;
ALTER TABLE `kb_objectcache` MODIFY COLUMN exptime varbinary(14);
INSERT INTO kb_objectcache(keyname, value, exptime)
select
	keyname,
	value,
	replace(replace(replace(exptime,':',''),' ','') ,'-','')
	from kb_objectcache_temp;
drop table kb_objectcache_temp;
