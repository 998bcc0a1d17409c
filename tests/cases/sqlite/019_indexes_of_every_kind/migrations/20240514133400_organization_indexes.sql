CREATE UNIQUE INDEX organizations_domain_uq ON organizations(domain);
CREATE INDEX organizations_year_idx ON organizations(substr(created_at, 1, 4), industry);
