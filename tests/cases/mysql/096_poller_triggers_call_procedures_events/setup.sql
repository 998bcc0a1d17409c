-- A Cacti-like poller: hosts, poller items, an output table fed by triggers, nightly events.
CREATE TABLE host (
  id MEDIUMINT UNSIGNED NOT NULL AUTO_INCREMENT,
  description VARCHAR(150) NOT NULL,
  hostname VARCHAR(100) NOT NULL,
  disabled CHAR(2) NOT NULL DEFAULT '',
  status TINYINT NOT NULL DEFAULT 0,
  total_polls INT UNSIGNED NOT NULL DEFAULT 0,
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE poller_item (
  local_data_id MEDIUMINT UNSIGNED NOT NULL,
  host_id MEDIUMINT UNSIGNED NOT NULL,
  rrd_name VARCHAR(19) NOT NULL,
  arg1 VARCHAR(255) NULL,
  rrd_step MEDIUMINT UNSIGNED NOT NULL DEFAULT 300,
  PRIMARY KEY (local_data_id, rrd_name),
  KEY host_id (host_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE poller_output (
  local_data_id MEDIUMINT UNSIGNED NOT NULL,
  rrd_name VARCHAR(19) NOT NULL,
  time DATETIME NOT NULL,
  output VARCHAR(512) NOT NULL,
  PRIMARY KEY (local_data_id, rrd_name, time)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE host_stats (
  host_id MEDIUMINT UNSIGNED NOT NULL,
  items INT NOT NULL DEFAULT 0,
  last_change VARCHAR(40) NULL,
  PRIMARY KEY (host_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

INSERT INTO host (description, hostname, disabled, status)
WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 30)
SELECT CONCAT('Router ', n), CONCAT('192.0.2.', n), IF(n % 7 = 0, 'on', ''), n % 4 FROM seq ORDER BY n;

INSERT INTO poller_item (local_data_id, host_id, rrd_name, arg1, rrd_step)
WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 150)
SELECT n, 1 + n % 30, ELT(1 + n % 3, 'traffic_in', 'traffic_out', 'load_1min'), CONCAT('.1.3.6.1.2.1.2.2.1.10.', n), IF(n % 10 = 0, 60, 300)
FROM seq ORDER BY n;

INSERT INTO poller_output (local_data_id, rrd_name, time, output)
WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 200)
SELECT 1 + n % 150, ELT(1 + (1 + n % 150) % 3, 'traffic_in', 'traffic_out', 'load_1min'), '2024-05-01 00:00:00' + INTERVAL (n * 5) MINUTE, CAST(n * 131 AS CHAR)
FROM seq ORDER BY n;

INSERT INTO host_stats (host_id, items)
SELECT host_id, COUNT(*) FROM poller_item GROUP BY host_id ORDER BY host_id;
