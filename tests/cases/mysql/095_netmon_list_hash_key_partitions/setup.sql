-- A LibreNMS-like network monitor: port statistics and syslog, partitioned several ways.
CREATE TABLE devices (
  device_id INT UNSIGNED NOT NULL AUTO_INCREMENT,
  hostname VARCHAR(128) NOT NULL,
  os VARCHAR(32) NULL,
  location_id INT UNSIGNED NULL,
  PRIMARY KEY (device_id),
  UNIQUE KEY devices_hostname (hostname)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE ports_stats (
  port_id INT UNSIGNED NOT NULL,
  device_id INT UNSIGNED NOT NULL,
  ifInOctets BIGINT UNSIGNED NOT NULL DEFAULT 0,
  ifOutOctets BIGINT UNSIGNED NOT NULL DEFAULT 0,
  ifInErrors INT UNSIGNED NOT NULL DEFAULT 0,
  PRIMARY KEY (port_id, device_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4
PARTITION BY HASH (device_id) PARTITIONS 4;

CREATE TABLE syslog (
  seq BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  device_id INT UNSIGNED NOT NULL,
  facility VARCHAR(10) NOT NULL,
  priority TINYINT UNSIGNED NOT NULL,
  msg VARCHAR(512) NOT NULL,
  logged DATE NOT NULL,
  PRIMARY KEY (seq, priority)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4
PARTITION BY LIST (priority) (
  PARTITION p_critical VALUES IN (0, 1, 2),
  PARTITION p_error VALUES IN (3, 4),
  PARTITION p_info VALUES IN (5, 6, 7)
);

CREATE TABLE eventlog (
  event_id INT UNSIGNED NOT NULL AUTO_INCREMENT,
  device_id INT UNSIGNED NOT NULL,
  datetime DATETIME NOT NULL,
  message TEXT NOT NULL,
  type VARCHAR(64) NOT NULL,
  PRIMARY KEY (event_id, datetime)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4
PARTITION BY RANGE COLUMNS (datetime)
SUBPARTITION BY KEY (event_id) SUBPARTITIONS 2 (
  PARTITION p2023 VALUES LESS THAN ('2024-01-01'),
  PARTITION p2024h1 VALUES LESS THAN ('2024-07-01'),
  PARTITION pmax VALUES LESS THAN (MAXVALUE)
);

INSERT INTO devices (hostname, os, location_id)
WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 24)
SELECT CONCAT('sw', LPAD(n, 2, '0'), '.dc1.example'), ELT(1 + n % 3, 'ios', 'junos', 'routeros'), IF(n % 5 = 0, NULL, 1 + n % 3)
FROM seq ORDER BY n;

INSERT INTO ports_stats (port_id, device_id, ifInOctets, ifOutOctets, ifInErrors)
WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 240)
SELECT 1000 + n, 1 + n % 24, n * 1234567, n * 7654321, n % 17
FROM seq ORDER BY n;

INSERT INTO syslog (device_id, facility, priority, msg, logged)
WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 300)
SELECT 1 + n % 24, ELT(1 + n % 3, 'kern', 'daemon', 'auth'), n % 8, CONCAT('%LINK-3-UPDOWN: Interface Gi0/', n % 48, ', changed state'),
       '2024-01-01' + INTERVAL (n % 90) DAY
FROM seq ORDER BY n;

INSERT INTO eventlog (device_id, datetime, message, type)
WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 180)
SELECT 1 + n % 24, '2023-10-01 00:00:00' + INTERVAL (n * 2) DAY, CONCAT('Device status changed to ', IF(n % 2, 'Up', 'Down')),
       ELT(1 + n % 3, 'system', 'interface', 'poller')
FROM seq ORDER BY n;
