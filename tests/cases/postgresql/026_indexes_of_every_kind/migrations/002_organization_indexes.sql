CREATE UNIQUE INDEX organizations_domain_key ON organizations (domain);
CREATE INDEX organizations_year_idx ON organizations (date_part('year', created_at AT TIME ZONE 'UTC'), industry);
