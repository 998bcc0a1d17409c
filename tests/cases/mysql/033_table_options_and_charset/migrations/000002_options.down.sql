-- golang-migrate down file: never run by rollback
SELECT * FROM down_files_are_never_run;
