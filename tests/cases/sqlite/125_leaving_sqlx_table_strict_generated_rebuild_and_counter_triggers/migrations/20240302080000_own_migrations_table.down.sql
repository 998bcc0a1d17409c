DROP TABLE migrations; -- the sqlx rows are gone for good
