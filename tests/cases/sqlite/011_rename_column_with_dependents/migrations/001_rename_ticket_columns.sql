ALTER TABLE tickets RENAME COLUMN subj TO subject;
ALTER TABLE tickets RENAME COLUMN prio TO priority;
