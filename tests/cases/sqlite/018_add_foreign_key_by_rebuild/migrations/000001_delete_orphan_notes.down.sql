-- cannot restore deleted orphans
SELECT 1/0;
