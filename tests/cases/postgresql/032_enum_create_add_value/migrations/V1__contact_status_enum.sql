CREATE TYPE contact_status AS ENUM ('lead', 'prospect', 'customer', 'churned');
ALTER TABLE contacts ALTER COLUMN status DROP DEFAULT;
ALTER TABLE contacts ALTER COLUMN status TYPE contact_status USING status::contact_status;
ALTER TABLE contacts ALTER COLUMN status SET DEFAULT 'lead';
