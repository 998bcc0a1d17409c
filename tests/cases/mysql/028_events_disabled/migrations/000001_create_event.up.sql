CREATE EVENT purge_sessions
  ON SCHEDULE EVERY 1 DAY STARTS '2030-01-01 03:00:00'
  DISABLE
  COMMENT 'drops stale sessions'
  DO DELETE FROM sessions WHERE last_seen < '2024-06-01 05:00:00';
