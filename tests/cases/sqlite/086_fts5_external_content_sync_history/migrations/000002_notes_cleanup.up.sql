-- Every change to contacts reaches the search index through the triggers.
UPDATE contacts SET notes = replace(notes, 'trade fair', 'expo') WHERE id % 2 = 0;
DELETE FROM contacts WHERE notes LIKE '%fair 4%';
INSERT INTO contacts (id, full_name, company, notes, owner) VALUES (900, 'Walk-in Visitor', 'Company 1', 'expo lead; wants demo', 'rep-1');
UPDATE call_transcripts SET body = body || ' (reviewed)' WHERE rowid % 10 = 0;
DELETE FROM call_transcripts WHERE rowid > 75;
