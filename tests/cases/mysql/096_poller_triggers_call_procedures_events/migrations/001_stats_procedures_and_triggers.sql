-- Counters kept by triggers that CALL a procedure (the procedure writes host_stats and host),
-- ordered with FOLLOWS; an event that would purge old output, created disabled.
DELIMITER $$
CREATE PROCEDURE bump_host_stats(IN p_host MEDIUMINT UNSIGNED, IN p_delta INT, IN p_why VARCHAR(40))
MODIFIES SQL DATA
BEGIN
  INSERT INTO host_stats (host_id, items, last_change) VALUES (p_host, GREATEST(p_delta, 0), p_why)
    ON DUPLICATE KEY UPDATE items = items + p_delta, last_change = p_why;
  UPDATE host SET total_polls = total_polls + 1 WHERE id = p_host;
END$$

CREATE TRIGGER poller_item_ai AFTER INSERT ON poller_item FOR EACH ROW
BEGIN
  CALL bump_host_stats(NEW.host_id, 1, CONCAT('insert ', NEW.rrd_name));
END$$

CREATE TRIGGER poller_item_ad AFTER DELETE ON poller_item FOR EACH ROW
  CALL bump_host_stats(OLD.host_id, -1, CONCAT('delete ', OLD.rrd_name))$$

CREATE TRIGGER poller_item_ad_output AFTER DELETE ON poller_item FOR EACH ROW FOLLOWS poller_item_ad
  DELETE FROM poller_output WHERE local_data_id = OLD.local_data_id AND rrd_name = OLD.rrd_name$$
DELIMITER ;

CREATE EVENT IF NOT EXISTS purge_poller_output
  ON SCHEDULE EVERY 1 DAY STARTS '2030-01-01 03:00:00'
  ON COMPLETION PRESERVE DISABLE
  COMMENT 'purge output older than a day'
  DO DELETE FROM poller_output WHERE time < '2024-05-01 12:00:00';
