SELECT archive_closed_deals(date '2023-09-01');
DROP FUNCTION archive_closed_deals(date);
