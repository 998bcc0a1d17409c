-- TODO: recreate organizations
SELECT 1/0;
