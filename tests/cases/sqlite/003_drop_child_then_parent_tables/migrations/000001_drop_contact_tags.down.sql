CREATE TABLE contact_tags (contact_id INTEGER, tag_id INTEGER);
