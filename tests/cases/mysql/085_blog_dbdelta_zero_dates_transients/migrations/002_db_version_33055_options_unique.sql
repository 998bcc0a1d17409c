SET SESSION sql_mode = 'NO_ENGINE_SUBSTITUTION';

-- Duplicated option names: keep the newest row, then make the name UNIQUE.
DELETE o1 FROM wp_options o1
  JOIN wp_options o2 ON o1.option_name = o2.option_name AND o2.option_id > o1.option_id;
ALTER TABLE wp_options DROP INDEX option_name, ADD UNIQUE KEY option_name (option_name);

-- delete_expired_transients(): each expired transient and its timeout row, one statement, the
-- same table twice.
DELETE a, b FROM wp_options a, wp_options b
  WHERE a.option_name LIKE '\_transient\_%'
    AND a.option_name NOT LIKE '\_transient\_timeout\_%'
    AND b.option_name = CONCAT('_transient_timeout_', SUBSTRING(a.option_name, 12))
    AND b.option_value < 1700000000;

UPDATE wp_options SET autoload = 'off' WHERE autoload = 'no';
UPDATE wp_options SET autoload = 'on' WHERE autoload = 'yes';
