ALTER TABLE notes VALIDATE CONSTRAINT notes_user_id_fkey;
