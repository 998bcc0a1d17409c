-- never run
SELECT RAISE(ABORT, 'down.sql is never run');
