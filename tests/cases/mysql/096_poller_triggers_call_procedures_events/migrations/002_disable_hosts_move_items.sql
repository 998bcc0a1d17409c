-- Disabled hosts lose their items (the triggers update counters and output); new items arrive;
-- the event is renamed and rescheduled, a procedure is replaced and called.
-- (the triggers write host: the DELETE cannot read host itself, so the ids go through a variable)
SET @disabled_hosts = (SELECT GROUP_CONCAT(id ORDER BY id) FROM host WHERE disabled = 'on');
DELETE FROM poller_item WHERE FIND_IN_SET(host_id, @disabled_hosts);
INSERT INTO poller_item (local_data_id, host_id, rrd_name, arg1) VALUES
  (501, 3, 'traffic_in', '.1.3.6.1.2.1.31.1.1.1.6.1'), (501, 3, 'traffic_out', '.1.3.6.1.2.1.31.1.1.1.10.1'),
  (502, 4, 'load_1min', NULL);
ALTER EVENT purge_poller_output ON SCHEDULE EVERY 6 HOUR STARTS '2030-01-01 00:00:00' RENAME TO purge_poller_output_6h
  COMMENT 'purge output every six hours';
CREATE EVENT rebuild_host_stats ON SCHEDULE AT '2031-01-01 00:00:00' ON COMPLETION NOT PRESERVE DISABLE
  DO CALL bump_host_stats(1, 0, 'event');
DELIMITER //
DROP PROCEDURE IF EXISTS reset_host //
CREATE PROCEDURE reset_host(IN p_host MEDIUMINT UNSIGNED)
BEGIN
  DELETE FROM poller_item WHERE host_id = p_host;
  UPDATE host SET status = 0, disabled = 'on' WHERE id = p_host;
END //
DELIMITER ;
CALL reset_host(5);
CALL reset_host(6);
DROP TRIGGER poller_item_ad_output;
DELETE FROM poller_item WHERE host_id = 8 AND rrd_name = 'load_1min';
