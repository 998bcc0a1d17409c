-- +migrate Up

-- new tables with uuid keys: easier than renaming, altering and re-creating in place
CREATE TABLE escalation_policies (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    name text NOT NULL UNIQUE,
    description text NOT NULL DEFAULT '',
    repeat integer NOT NULL DEFAULT 0
);

CREATE TABLE escalation_policy_steps (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    delay integer NOT NULL DEFAULT 1,
    step_number integer NOT NULL DEFAULT -1,
    escalation_policy_id uuid NOT NULL REFERENCES escalation_policies (id) ON DELETE CASCADE,
    UNIQUE (escalation_policy_id, step_number) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE services (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    name text NOT NULL UNIQUE,
    description text NOT NULL DEFAULT '',
    escalation_policy_id uuid NOT NULL REFERENCES escalation_policies (id)
);

-- copy the data over
INSERT INTO escalation_policies (id, name, description, repeat)
SELECT id::uuid, name, description, repeat FROM escalation_policy;

INSERT INTO escalation_policy_steps (id, delay, step_number, escalation_policy_id)
SELECT id::uuid, delay, step_number, escalation_policy_id::uuid FROM escalation_policy_step;

INSERT INTO services (id, name, description, escalation_policy_id)
SELECT id::uuid, name, description, escalation_policy_id::uuid FROM service;

DROP VIEW alert_escalation_levels;

-- re-point the referencing columns: drop the FK, retype, add the new FK, in one ALTER each
ALTER TABLE alerts
    DROP CONSTRAINT alerts_service_id_fkey,
    ALTER service_id TYPE uuid USING service_id::uuid,
    ADD CONSTRAINT alerts_services_id_fkey FOREIGN KEY (service_id) REFERENCES services (id) ON DELETE CASCADE;

ALTER TABLE escalation_policy_actions
    DROP CONSTRAINT escalation_policy_actions_escalation_policy_step_id_fkey,
    ALTER escalation_policy_step_id TYPE uuid USING escalation_policy_step_id::uuid,
    ADD CONSTRAINT escalation_policy_actions_escalation_policy_step_id_fkey
        FOREIGN KEY (escalation_policy_step_id) REFERENCES escalation_policy_steps (id) ON DELETE CASCADE;

ALTER TABLE integration_keys
    DROP CONSTRAINT integration_keys_service_id_fkey,
    ALTER service_id TYPE uuid USING service_id::uuid,
    ADD CONSTRAINT integration_keys_services_id_fkey FOREIGN KEY (service_id) REFERENCES services (id) ON DELETE CASCADE;

CREATE VIEW alert_escalation_levels AS
SELECT alerts.id AS alert_id, count(step.id) AS levels, alerts.escalation_level::bigint % count(step.id) AS relative_level
FROM alerts, escalation_policy_steps step, services s
WHERE step.escalation_policy_id = s.escalation_policy_id AND s.id = alerts.service_id
GROUP BY alerts.id;

CREATE OR REPLACE FUNCTION set_escalation_policy_step() RETURNS trigger AS
$$
BEGIN
    SELECT count(step_number) INTO NEW.step_number FROM escalation_policy_steps WHERE escalation_policy_id = NEW.escalation_policy_id;
    RETURN NEW;
END;
$$ LANGUAGE 'plpgsql';

CREATE OR REPLACE FUNCTION incr_escalation_policy_steps_on_delete() RETURNS trigger AS
$$
BEGIN
    UPDATE escalation_policy_steps
    SET step_number = step_number - 1
    WHERE escalation_policy_id = OLD.escalation_policy_id AND step_number > OLD.step_number;
    RETURN OLD;
END;
$$ LANGUAGE 'plpgsql';

CREATE TRIGGER incr_escalation_policy_steps_on_delete
    AFTER DELETE ON escalation_policy_steps
    FOR EACH ROW EXECUTE PROCEDURE incr_escalation_policy_steps_on_delete();

CREATE TRIGGER set_escalation_policy_step_on_insert
    BEFORE INSERT ON escalation_policy_steps
    FOR EACH ROW EXECUTE PROCEDURE set_escalation_policy_step();

DROP TABLE service, escalation_policy_step, escalation_policy;

-- +migrate Down
SELECT 1/0;
