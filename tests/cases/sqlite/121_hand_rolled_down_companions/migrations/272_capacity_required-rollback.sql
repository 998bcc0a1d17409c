SELECT 1/0;
SELECT * FROM down_companions_are_never_run;
