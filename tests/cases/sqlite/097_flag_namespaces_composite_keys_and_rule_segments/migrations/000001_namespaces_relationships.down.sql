-- never run: the tool writes its own reverse
DROP TABLE namespaces;
SELECT * FROM down_files_are_never_run;
