SELECT 1/0;
SELECT * FROM rollback_files_are_never_run;
