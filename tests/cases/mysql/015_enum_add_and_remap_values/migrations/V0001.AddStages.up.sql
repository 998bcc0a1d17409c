ALTER TABLE deals MODIFY stage ENUM('lead','qualified','won','lost','closed_lost') NOT NULL DEFAULT 'lead';
