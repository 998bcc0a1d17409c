UPDATE stages SET name = 'discovery' WHERE name = 'qualified';
UPDATE stages SET name = 'closed-won' WHERE name = 'won';
UPDATE stages SET name = 'closed-lost' WHERE name = 'lost';
