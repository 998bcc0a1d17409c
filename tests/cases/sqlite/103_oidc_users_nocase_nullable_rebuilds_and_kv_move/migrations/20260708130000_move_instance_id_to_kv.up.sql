PRAGMA foreign_keys=OFF;
BEGIN;

-- Move the instance ID out of the app config table and into the "kv" table
INSERT INTO kv ("key", "value")
SELECT 'instance_id', "value"
    FROM app_config_variables
    WHERE "key" = 'instanceId'
    ON CONFLICT ("key") DO NOTHING;

DELETE FROM app_config_variables WHERE "key" = 'instanceId';

-- one-time access tokens were replaced by login codes
DROP TABLE one_time_access_tokens;

-- the groups of a disabled user are removed
DELETE FROM user_groups_users WHERE user_id IN (SELECT id FROM users WHERE disabled);

COMMIT;
PRAGMA foreign_keys=ON;
