-- The history recorder of an office automation hub (Home Assistant-like) feeding CRM dashboards.
CREATE TABLE schema_changes (change_id INTEGER NOT NULL, schema_version INTEGER, changed DATETIME, PRIMARY KEY (change_id));
CREATE TABLE events (
    event_id INTEGER NOT NULL,
    event_type VARCHAR(64),
    origin_idx SMALLINT,
    time_fired DATETIME,
    context_id VARCHAR(36),
    PRIMARY KEY (event_id)
);
CREATE INDEX ix_events_event_type_time_fired ON events (event_type, time_fired);
CREATE TABLE states (
    state_id INTEGER NOT NULL,
    entity_id VARCHAR(255),
    state VARCHAR(255),
    last_changed DATETIME,
    last_updated DATETIME,
    old_state_id INTEGER,
    PRIMARY KEY (state_id),
    FOREIGN KEY(old_state_id) REFERENCES states (state_id)
);
CREATE INDEX ix_states_entity_id_last_updated ON states (entity_id, last_updated);
CREATE TABLE statistics (
    id INTEGER NOT NULL,
    created DATETIME,
    metadata_id INTEGER,
    start DATETIME,
    mean FLOAT,
    min FLOAT,
    max FLOAT,
    PRIMARY KEY (id)
);
CREATE INDEX ix_statistics_statistic_id_start ON statistics (metadata_id, start);

INSERT INTO schema_changes VALUES (1, 30, '2023-01-01 00:00:00.000000');

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 60)
INSERT INTO events (event_id, event_type, origin_idx, time_fired, context_id)
SELECT i, CASE i % 3 WHEN 0 THEN 'state_changed' WHEN 1 THEN 'call_service' ELSE 'crm_lead_created' END, i % 2,
       printf('2023-03-01 %02d:%02d:00.000000', i % 24, (i * 7) % 60), printf('01GZ%032d', i)
FROM n ORDER BY i;

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 80)
INSERT INTO states (state_id, entity_id, state, last_changed, last_updated, old_state_id)
SELECT i, CASE i % 4 WHEN 0 THEN 'sensor.open_leads' WHEN 1 THEN 'sensor.calls_today' WHEN 2 THEN 'binary_sensor.office_door' ELSE 'light.meeting_room' END,
       CASE i % 4 WHEN 2 THEN CASE WHEN i % 8 = 2 THEN 'on' ELSE 'off' END WHEN 3 THEN 'on' ELSE CAST(i * 3 AS TEXT) END,
       printf('2023-03-01 %02d:%02d:30.500000', i % 24, (i * 11) % 60), printf('2023-03-01 %02d:%02d:30.500000', i % 24, (i * 11) % 60),
       CASE WHEN i > 4 THEN i - 4 END
FROM n ORDER BY i;

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 48)
INSERT INTO statistics (id, created, metadata_id, start, mean, min, max)
SELECT i, printf('2023-03-02 %02d:00:10.000000', i % 24), 1 + i % 3, printf('2023-03-01 %02d:00:00.000000', (i / 2) % 24),
       i * 1.5, i * 1.0, i * 2.25
FROM n ORDER BY i;
