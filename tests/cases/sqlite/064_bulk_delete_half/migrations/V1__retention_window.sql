DELETE FROM web_events WHERE occurred_at < '2024-04-03 00:00:00' OR kind IN ('scroll', 'view');
