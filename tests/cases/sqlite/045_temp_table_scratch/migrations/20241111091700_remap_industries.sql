BEGIN;
CREATE TEMP TABLE industry_map (old TEXT PRIMARY KEY, new TEXT NOT NULL);
INSERT INTO industry_map VALUES ('retail', 'commerce'), ('software', 'technology');
UPDATE organizations SET industry = (SELECT new FROM industry_map WHERE old = organizations.industry)
 WHERE industry IN (SELECT old FROM industry_map);
UPDATE organizations SET industry = 'other' WHERE industry IS NULL;
DROP TABLE temp.industry_map;
COMMIT;
