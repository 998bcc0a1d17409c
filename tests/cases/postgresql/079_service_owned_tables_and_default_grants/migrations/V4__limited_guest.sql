-- The next insert draws from the sequence again: it must be past the row V3 added.
INSERT INTO access_levels (name, rank) VALUES ('limited guest', 5);
UPDATE files.objects SET owner = 'svc:' || owner WHERE id % 4 = 0;
