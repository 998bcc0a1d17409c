-- the generic file of this version: the MySQL one replaces it
SELECT 1/0;
THIS IS NOT SQL;
