SELECT RAISE(ABORT, 'down migrations are never run');
