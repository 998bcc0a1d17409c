-- Escalation steps become 0-based: every step moves down by one. A single UPDATE would collide
-- with the unique (policy_name, step_number) row by row, so the steps are moved out of the way
-- first and then renumbered.
LOCK escalation_steps;

UPDATE escalation_steps SET step_number = step_number + 1000;

UPDATE escalation_steps step
SET step_number = computed.step_number
FROM (
    SELECT id, row_number() OVER (PARTITION BY policy_name ORDER BY step_number) - 1 AS step_number
    FROM escalation_steps
) computed
WHERE step.id = computed.id;
