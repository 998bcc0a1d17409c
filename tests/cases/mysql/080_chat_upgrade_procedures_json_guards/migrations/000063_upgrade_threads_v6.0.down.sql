ALTER TABLE Threads MODIFY COLUMN Participants longtext;
SELECT * FROM down_files_are_never_run;
