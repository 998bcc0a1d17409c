-- golang-migrate down file: rollback-commander must never run this.
SELECT * FROM down_files_are_never_run;
