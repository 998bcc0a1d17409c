DROP TRIGGER companies_score_log ON companies;
SELECT 1/0;
