ALTER TABLE notes DROP CONSTRAINT notes_user_id_fkey;
