ALTER TABLE contacts DROP COLUMN title;
ALTER TABLE contacts DROP COLUMN lead_score;
