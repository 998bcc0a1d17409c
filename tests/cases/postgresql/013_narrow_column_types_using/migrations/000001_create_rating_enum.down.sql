DROP TYPE lead_rating;
