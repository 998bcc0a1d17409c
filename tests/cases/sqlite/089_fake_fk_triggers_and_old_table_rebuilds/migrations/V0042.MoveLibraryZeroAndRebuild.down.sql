SELECT RAISE(ABORT, 'down files are never run');
