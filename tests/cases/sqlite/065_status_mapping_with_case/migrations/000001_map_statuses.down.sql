-- irreversible by hand
SELECT RAISE(ABORT, 'down migrations are not supported');
