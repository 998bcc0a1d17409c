-- An alerting service (goalert-like) whose first tables used text ids holding uuids: escalation
-- policies, their steps and the services using them; alerts and integration keys point at
-- services, actions at steps; views read them.
CREATE EXTENSION IF NOT EXISTS pgcrypto;

CREATE TYPE enum_alert_status AS ENUM ('triggered', 'active', 'closed');

CREATE TABLE escalation_policy (
    id text PRIMARY KEY,
    name text NOT NULL UNIQUE,
    description text NOT NULL DEFAULT '',
    repeat integer NOT NULL DEFAULT 0
);

CREATE TABLE escalation_policy_step (
    id text PRIMARY KEY,
    delay integer NOT NULL DEFAULT 1,
    step_number integer NOT NULL,
    escalation_policy_id text NOT NULL REFERENCES escalation_policy (id) ON DELETE CASCADE,
    UNIQUE (step_number, escalation_policy_id)
);

CREATE TABLE service (
    id text PRIMARY KEY,
    name text NOT NULL UNIQUE,
    description text NOT NULL DEFAULT '',
    escalation_policy_id text NOT NULL REFERENCES escalation_policy (id)
);

CREATE TABLE alerts (
    id serial PRIMARY KEY,
    service_id text NOT NULL REFERENCES service (id) ON DELETE CASCADE,
    status enum_alert_status NOT NULL DEFAULT 'triggered',
    escalation_level integer NOT NULL DEFAULT 0,
    summary text NOT NULL
);

CREATE TABLE integration_keys (
    id text PRIMARY KEY,
    name text NOT NULL,
    service_id text NOT NULL REFERENCES service (id) ON DELETE CASCADE
);

CREATE TABLE escalation_policy_actions (
    id serial PRIMARY KEY,
    escalation_policy_step_id text NOT NULL REFERENCES escalation_policy_step (id) ON DELETE CASCADE,
    user_name text NOT NULL
);

CREATE VIEW alert_escalation_levels AS
SELECT alerts.id AS alert_id, count(step.id) AS levels, alerts.escalation_level::bigint % count(step.id) AS relative_level
FROM alerts, escalation_policy_step step, service s
WHERE step.escalation_policy_id = s.escalation_policy_id AND s.id = alerts.service_id
GROUP BY alerts.id;

INSERT INTO escalation_policy (id, name, description, repeat)
SELECT md5('policy' || g)::uuid::text, 'policy ' || g, 'escalates to team ' || g, g % 3 FROM generate_series(1, 6) g;

INSERT INTO escalation_policy_step (id, delay, step_number, escalation_policy_id)
SELECT md5('step' || p || '-' || s)::uuid::text, 5 * s, s - 1, md5('policy' || p)::uuid::text
FROM generate_series(1, 6) p CROSS JOIN generate_series(1, 4) s;

INSERT INTO service (id, name, description, escalation_policy_id)
SELECT md5('service' || g)::uuid::text, 'service ' || g, '', md5('policy' || (1 + g % 6))::uuid::text
FROM generate_series(1, 12) g;

INSERT INTO alerts (service_id, status, escalation_level, summary)
SELECT md5('service' || (1 + g % 12))::uuid::text, (ARRAY['triggered', 'active', 'closed'])[1 + g % 3]::enum_alert_status,
       g % 5, 'alert #' || g
FROM generate_series(1, 60) g;

INSERT INTO integration_keys (id, name, service_id)
SELECT md5('key' || g)::uuid::text, 'grafana ' || g, md5('service' || g)::uuid::text FROM generate_series(1, 12) g;

INSERT INTO escalation_policy_actions (escalation_policy_step_id, user_name)
SELECT md5('step' || (1 + g % 6) || '-' || (1 + g % 4))::uuid::text, 'user-' || g FROM generate_series(1, 40) g;
