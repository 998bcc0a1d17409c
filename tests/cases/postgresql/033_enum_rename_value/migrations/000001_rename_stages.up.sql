ALTER TYPE deal_stage RENAME VALUE 'qualified' TO 'discovery';
ALTER TYPE deal_stage RENAME VALUE 'won' TO 'closed_won';
ALTER TYPE deal_stage RENAME VALUE 'lost' TO 'closed_lost';
ALTER TYPE deal_stage ADD VALUE IF NOT EXISTS 'negotiation' BEFORE 'closed_won';
ALTER TYPE deal_stage ADD VALUE IF NOT EXISTS 'new';
