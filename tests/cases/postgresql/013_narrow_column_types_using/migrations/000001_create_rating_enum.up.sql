CREATE TYPE lead_rating AS ENUM ('cold', 'warm', 'hot');
