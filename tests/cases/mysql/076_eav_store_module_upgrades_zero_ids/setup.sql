-- A shop installed from its module install scripts: the admin website, store group and store
-- views have id 0 in AUTO_INCREMENT columns (inserted under NO_AUTO_VALUE_ON_ZERO), product
-- attributes live in one value table per backend type, one row per (entity, attribute, store).
SET NAMES utf8;
SET @OLD_FOREIGN_KEY_CHECKS=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0;
SET @OLD_SQL_MODE=@@SQL_MODE, SQL_MODE='NO_AUTO_VALUE_ON_ZERO';

CREATE TABLE `core_website` (
  `website_id` smallint(5) unsigned NOT NULL auto_increment,
  `code` varchar(32) NOT NULL default '',
  `name` varchar(64) NOT NULL default '',
  PRIMARY KEY  (`website_id`),
  UNIQUE KEY `code` (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COMMENT='Websites';

CREATE TABLE `core_store` (
  `store_id` smallint(5) unsigned NOT NULL auto_increment,
  `code` varchar(32) NOT NULL default '',
  `website_id` smallint(5) unsigned default '0',
  `name` varchar(32) NOT NULL default '',
  `is_active` tinyint(1) unsigned NOT NULL default '0',
  PRIMARY KEY  (`store_id`),
  UNIQUE KEY `code` (`code`),
  KEY `FK_STORE_WEBSITE` (`website_id`),
  CONSTRAINT `FK_STORE_WEBSITE` FOREIGN KEY (`website_id`) REFERENCES `core_website` (`website_id`) ON DELETE SET NULL ON UPDATE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COMMENT='Stores';

CREATE TABLE `eav_entity_type` (
  `entity_type_id` smallint(5) unsigned NOT NULL auto_increment,
  `entity_type_code` varchar(50) NOT NULL default '',
  PRIMARY KEY  (`entity_type_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `eav_attribute` (
  `attribute_id` smallint(5) unsigned NOT NULL auto_increment,
  `entity_type_id` smallint(5) unsigned NOT NULL default '0',
  `attribute_code` varchar(255) NOT NULL default '',
  `backend_type` enum('static','datetime','decimal','int','text','varchar') NOT NULL default 'static',
  `frontend_input` varchar(50) default NULL,
  PRIMARY KEY  (`attribute_id`),
  UNIQUE KEY `entity_type_id` (`entity_type_id`,`attribute_code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `catalog_product_entity` (
  `entity_id` int(10) unsigned NOT NULL auto_increment,
  `entity_type_id` smallint(8) unsigned NOT NULL default '0',
  `sku` varchar(64) default NULL,
  PRIMARY KEY  (`entity_id`),
  KEY `sku` (`sku`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `catalog_product_entity_varchar` (
  `value_id` int(11) NOT NULL auto_increment,
  `entity_type_id` smallint(8) unsigned NOT NULL default '0',
  `attribute_id` smallint(5) unsigned NOT NULL default '0',
  `store_id` smallint(5) unsigned NOT NULL default '0',
  `entity_id` int(10) unsigned NOT NULL default '0',
  `value` varchar(255) NOT NULL default '',
  PRIMARY KEY  (`value_id`),
  UNIQUE KEY `IDX_ATTRIBUTE_VALUE` (`entity_id`,`attribute_id`,`store_id`),
  KEY `FK_CATALOG_PRODUCT_ENTITY_VARCHAR_STORE` (`store_id`),
  CONSTRAINT `FK_CATALOG_PRODUCT_ENTITY_VARCHAR_STORE` FOREIGN KEY (`store_id`) REFERENCES `core_store` (`store_id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `FK_CATALOG_PRODUCT_ENTITY_VARCHAR_PRODUCT` FOREIGN KEY (`entity_id`) REFERENCES `catalog_product_entity` (`entity_id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `catalog_product_entity_int` (
  `value_id` int(11) NOT NULL auto_increment,
  `entity_type_id` smallint(8) unsigned NOT NULL default '0',
  `attribute_id` smallint(5) unsigned NOT NULL default '0',
  `store_id` smallint(5) unsigned NOT NULL default '0',
  `entity_id` int(10) unsigned NOT NULL default '0',
  `value` int(11) NOT NULL default '0',
  PRIMARY KEY  (`value_id`),
  UNIQUE KEY `IDX_ATTRIBUTE_VALUE` (`entity_id`,`attribute_id`,`store_id`),
  KEY `FK_CATALOG_PRODUCT_ENTITY_INT_STORE` (`store_id`),
  CONSTRAINT `FK_CATALOG_PRODUCT_ENTITY_INT_STORE` FOREIGN KEY (`store_id`) REFERENCES `core_store` (`store_id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `FK_CATALOG_PRODUCT_ENTITY_INT_PRODUCT` FOREIGN KEY (`entity_id`) REFERENCES `catalog_product_entity` (`entity_id`) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

insert into `core_website` (`website_id`,`code`,`name`) values (0,'admin','Admin'),(1,'base','Main Website'),(2,'b2b','Trade Website');
insert into `core_store` (`store_id`,`code`,`website_id`,`name`,`is_active`) values
  (0,'admin',0,'Admin',1),(1,'default',1,'English',1),(2,'french',1,'Français',1),(3,'trade',2,'Trade',0);
insert into `eav_entity_type` values (1,'customer'),(4,'catalog_product');
insert into `eav_attribute` (`attribute_id`,`entity_type_id`,`attribute_code`,`backend_type`,`frontend_input`) values
  (60,4,'name','varchar','text'),(61,4,'color','varchar','select'),(62,4,'status','int','select'),(63,4,'warranty_years','varchar','text'),
  (5,1,'firstname','varchar','text');

INSERT INTO `catalog_product_entity` (`entity_type_id`, `sku`)
WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 60)
SELECT 4, CONCAT('SKU-', LPAD(n, 5, '0')) FROM seq ORDER BY n;

-- names in every store view, colors and warranty years (kept as text) at default scope, some overridden
INSERT INTO `catalog_product_entity_varchar` (`entity_type_id`,`attribute_id`,`store_id`,`entity_id`,`value`)
SELECT 4, 60, s.store_id, p.entity_id,
       IF(s.store_id = 2 AND p.entity_id % 3 = 0, CONCAT('Produit ', p.entity_id), CONCAT('Product ', p.entity_id))
FROM `catalog_product_entity` p JOIN `core_store` s ON s.store_id IN (0, 1, 2) ORDER BY p.entity_id, s.store_id;
INSERT INTO `catalog_product_entity_varchar` (`entity_type_id`,`attribute_id`,`store_id`,`entity_id`,`value`)
SELECT 4, 61, 0, entity_id, ELT(1 + entity_id % 4, 'red', 'green', 'blue', 'black') FROM `catalog_product_entity` ORDER BY entity_id;
INSERT INTO `catalog_product_entity_varchar` (`entity_type_id`,`attribute_id`,`store_id`,`entity_id`,`value`)
SELECT 4, 63, IF(entity_id % 10 = 0, 3, 0), entity_id, CAST(1 + entity_id % 3 AS CHAR) FROM `catalog_product_entity` WHERE entity_id % 2 = 0 ORDER BY entity_id;
INSERT INTO `catalog_product_entity_int` (`entity_type_id`,`attribute_id`,`store_id`,`entity_id`,`value`)
SELECT 4, 62, 0, entity_id, IF(entity_id % 7 = 0, 2, 1) FROM `catalog_product_entity` ORDER BY entity_id;
-- a stale integer value for the text attribute, left by an old import
INSERT INTO `catalog_product_entity_int` (`entity_type_id`,`attribute_id`,`store_id`,`entity_id`,`value`) VALUES (4, 63, 0, 4, 9);

SET SQL_MODE=@OLD_SQL_MODE;
SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS;
