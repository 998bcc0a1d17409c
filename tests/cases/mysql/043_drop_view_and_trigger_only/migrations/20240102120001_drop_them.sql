DROP VIEW high_reading_count, high_readings;
DROP TRIGGER readings_bi;
