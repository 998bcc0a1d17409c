-- first_name and last_name were imported the wrong way round: swap the columns' names in one
-- statement (and their indexes'), number reminders per contact with a window function.
ALTER TABLE contacts RENAME COLUMN first_name TO last_name, RENAME COLUMN last_name TO first_name;
ALTER TABLE contacts RENAME INDEX contacts_account_id_first_name TO contacts_account_id_last_name,
  RENAME INDEX contacts_account_id_last_name TO contacts_account_id_first_name;
ALTER TABLE contacts CHANGE nickname nickname VARCHAR(100) NULL AFTER id, CHANGE is_starred is_starred TINYINT(1) NOT NULL DEFAULT 0 FIRST;
UPDATE reminders r
JOIN (SELECT id, ROW_NUMBER() OVER (PARTITION BY contact_id ORDER BY initial_date, id) AS rn FROM reminders) p ON p.id = r.id
SET r.position = p.rn;
DELETE r FROM reminders r JOIN (SELECT id, ROW_NUMBER() OVER (PARTITION BY contact_id ORDER BY id) AS rn FROM reminders) d
  ON d.id = r.id WHERE d.rn > 1 AND r.frequency_type = 'one_time';
