-- Migration: initial scores
UPDATE companies SET score = id * 5 WHERE id % 2 = 1;
UPDATE companies SET notes = 'multi-line note
second line; with semicolon' WHERE id = 4;
