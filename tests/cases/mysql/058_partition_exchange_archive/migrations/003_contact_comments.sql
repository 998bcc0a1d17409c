-- Comments change (column, index, table); rows updated explicitly keep their updated_at value
ALTER TABLE contacts
  MODIFY email varchar(190) NOT NULL COMMENT 'primary e-mail',
  DROP INDEX contacts_email_prefix,
  ADD KEY contacts_email_prefix (email(32)) COMMENT 'longer prefix',
  COMMENT = 'CRM people';
UPDATE contacts SET status = 'cold', updated_at = '2023-06-30 18:00:00' WHERE status = 'lead' AND id % 2 = 0;
