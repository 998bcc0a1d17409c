DELETE n1 FROM newsletter n1 JOIN newsletter n2 ON n1.email = n2.email AND n1.id > n2.id;
ALTER TABLE newsletter ADD UNIQUE KEY newsletter_email (email);
