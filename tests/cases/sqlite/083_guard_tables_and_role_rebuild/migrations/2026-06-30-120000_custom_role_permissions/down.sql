SELECT RAISE(ABORT, 'down.sql is never run by the tool');
