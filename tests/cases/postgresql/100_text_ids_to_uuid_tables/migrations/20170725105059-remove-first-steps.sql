-- +migrate Up
-- the first step of every even policy goes: the trigger moves the later steps up
DELETE FROM escalation_policy_steps
WHERE step_number = 0
  AND escalation_policy_id IN (SELECT id FROM escalation_policies WHERE repeat = 0);

-- a new step is numbered by the insert trigger
INSERT INTO escalation_policy_steps (id, delay, step_number, escalation_policy_id)
SELECT md5('new step')::uuid, 30, 99, id FROM escalation_policies WHERE name = 'policy 3';

-- closed alerts of a retired service go with it
DELETE FROM services WHERE name = 'service 12';
-- +migrate Down
SELECT 1/0;
