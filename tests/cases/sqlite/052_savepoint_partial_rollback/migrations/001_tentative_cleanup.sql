SAVEPOINT cleanup;
DELETE FROM contacts WHERE status = 'lead';
ROLLBACK TO cleanup;
UPDATE contacts SET status = 'stale-lead' WHERE status = 'lead' AND id % 3 = 0;
RELEASE cleanup;
