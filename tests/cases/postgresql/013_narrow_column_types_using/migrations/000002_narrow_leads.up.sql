ALTER TABLE leads ALTER COLUMN employees TYPE integer USING employees::integer;
ALTER TABLE leads ALTER COLUMN company TYPE varchar(40) USING left(company, 40);
ALTER TABLE leads ALTER COLUMN first_seen TYPE date USING (first_seen AT TIME ZONE 'UTC')::date;
ALTER TABLE leads ALTER COLUMN is_partner TYPE boolean USING is_partner = 'yes';
ALTER TABLE leads ALTER COLUMN rating TYPE lead_rating USING rating::lead_rating;
