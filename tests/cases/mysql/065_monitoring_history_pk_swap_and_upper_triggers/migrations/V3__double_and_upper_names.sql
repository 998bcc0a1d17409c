ALTER TABLE trends MODIFY value_min DOUBLE PRECISION DEFAULT '0.0000' NOT NULL;
ALTER TABLE trends MODIFY value_avg DOUBLE PRECISION DEFAULT '0.0000' NOT NULL;
ALTER TABLE trends MODIFY value_max DOUBLE PRECISION DEFAULT '0.0000' NOT NULL;

ALTER TABLE `hosts` ADD `name_upper` varchar(128) DEFAULT '' NOT NULL;

CREATE index hosts_6 ON hosts (name_upper);

UPDATE hosts SET name_upper=UPPER(name);

DELIMITER $$

CREATE TRIGGER hosts_name_upper_insert
BEFORE INSERT ON hosts FOR EACH ROW
SET NEW.name_upper=UPPER(NEW.name)
$$

CREATE TRIGGER hosts_name_upper_update BEFORE UPDATE ON hosts
FOR EACH ROW
BEGIN
IF NEW.name<>OLD.name
THEN
SET NEW.name_upper=UPPER(NEW.name);
END IF;
END;
$$
DELIMITER ;
ALTER TABLE `items` ADD `name_upper` VARCHAR(255) DEFAULT '' NOT NULL;

CREATE INDEX items_9 ON items (hostid,name_upper);

UPDATE items SET name_upper=UPPER(name);

DELIMITER $$

CREATE TRIGGER items_name_upper_insert
BEFORE INSERT ON items FOR EACH ROW
SET NEW.name_upper=UPPER(NEW.name);
$$

CREATE TRIGGER items_name_upper_update BEFORE UPDATE ON items
FOR EACH ROW
BEGIN
IF NEW.name<>OLD.name
THEN
SET NEW.name_upper=UPPER(NEW.name);
END IF;
END;
$$
DELIMITER ;

-- The triggers now keep the upper-case copies in step.
UPDATE hosts SET name = REPLACE(name, 'Cache ', 'Redis ') WHERE name LIKE 'Cache %';
INSERT INTO items (itemid, hostid, name, key_) VALUES (30001, 10001, 'Agent ping', 'agent.ping'), (30002, 10002, 'Uptime', 'system.uptime');
DELETE FROM history WHERE itemid IN (SELECT itemid FROM items WHERE name LIKE 'Ping%') AND clock < 1700000120;
