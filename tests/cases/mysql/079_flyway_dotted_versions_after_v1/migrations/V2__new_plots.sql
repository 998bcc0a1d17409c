INSERT IGNORE INTO role (name)
VALUES ('ROLE_SUPER_ADMIN'), ('ROLE_ADMIN');

-- the legacy plots go, their page assignments with them (ON DELETE CASCADE)
DELETE FROM chart_definitions WHERE name LIKE 'plot\_%';
INSERT INTO chart_definitions (id, name) VALUES (20, 'sum_total_tic'), (21, 'missed_cleavages');
