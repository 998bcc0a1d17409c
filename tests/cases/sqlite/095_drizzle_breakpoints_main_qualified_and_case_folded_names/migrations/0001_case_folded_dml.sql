-- lower-case and upper-case spellings of the quoted CamelCase names (SQLite folds case)
UPDATE account SET plan = 'starter' WHERE PLAN = 'free' AND id < 50;--> statement-breakpoint
DELETE FROM INVOICE WHERE total > 1500 OR STATUS = 'void';--> statement-breakpoint
UPDATE OR IGNORE invoice SET ID = 'INV-' || substr(id, 5) WHERE accountid < 20;--> statement-breakpoint
ALTER TABLE ACCOUNT DROP COLUMN LEGACYNOTE;
