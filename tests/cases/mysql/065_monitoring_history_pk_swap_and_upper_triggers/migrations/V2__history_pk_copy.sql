-- Copy the rows into the keyed tables; duplicates (resent data) are skipped.
INSERT IGNORE INTO history SELECT * FROM history_old ORDER BY itemid, clock, ns, value;
INSERT IGNORE INTO history_str SELECT * FROM history_str_old ORDER BY itemid, clock, ns, value;
DROP TABLE history_old;
DROP TABLE history_str_old;
