ALTER TYPE token_scope RENAME VALUE 'crm:all' TO 'all';
SELECT * FROM down_files_are_never_run;
