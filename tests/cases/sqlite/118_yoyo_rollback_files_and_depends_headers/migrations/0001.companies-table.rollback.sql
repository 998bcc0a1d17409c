-- yoyo runs this on `yoyo rollback`; the tool never does
ALTER TABLE leads ADD COLUMN company TEXT;
SELECT * FROM rollback_files_are_never_run;
