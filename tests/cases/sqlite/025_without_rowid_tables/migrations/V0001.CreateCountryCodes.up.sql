CREATE TABLE country_codes (
    alpha2 TEXT PRIMARY KEY,
    alpha3 TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL
) WITHOUT ROWID;
INSERT INTO country_codes VALUES ('DE', 'DEU', 'Germany'), ('FR', 'FRA', 'France'), ('US', 'USA', 'United States'),
    ('JP', 'JPN', 'Japan'), ('BR', 'BRA', 'Brazil');
