# a second file: an index on a populated table
CREATE INDEX contacts_full_name ON contacts (full_name);
