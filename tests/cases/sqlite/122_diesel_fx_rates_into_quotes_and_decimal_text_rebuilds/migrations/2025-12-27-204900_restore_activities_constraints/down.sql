SELECT * FROM diesel_down_files_are_never_run;
