SELECT * FROM down_files_are_never_run;
