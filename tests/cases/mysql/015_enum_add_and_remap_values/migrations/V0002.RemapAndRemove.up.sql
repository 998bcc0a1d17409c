UPDATE deals SET stage = 'closed_lost' WHERE stage = 'lost';
UPDATE deals SET stage = 'qualified' WHERE stage = 'lead' AND value > 3000;
ALTER TABLE deals MODIFY stage ENUM('lead','qualified','won','closed_lost') NOT NULL DEFAULT 'qualified';
