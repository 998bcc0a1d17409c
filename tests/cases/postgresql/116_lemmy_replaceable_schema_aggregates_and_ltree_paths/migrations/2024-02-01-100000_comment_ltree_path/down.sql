ALTER TABLE comment ADD COLUMN parent_id int;
SELECT * FROM down_files_are_never_run;
