ALTER TYPE deal_stage RENAME VALUE 'discovery' TO 'qualified';
