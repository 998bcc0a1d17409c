-- First remove the old primary key
ALTER TABLE devices DROP PRIMARY KEY;
-- then add the combined one
ALTER TABLE devices ADD PRIMARY KEY (uuid, user_email);
