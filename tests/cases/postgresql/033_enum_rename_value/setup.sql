CREATE TYPE deal_stage AS ENUM ('new', 'qualified', 'proposal', 'won', 'lost');
CREATE TABLE deals (id integer PRIMARY KEY, title text NOT NULL, stage deal_stage NOT NULL DEFAULT 'new');
INSERT INTO deals SELECT i, 'Deal ' || i, (enum_range(NULL::deal_stage))[1 + i % 5] FROM generate_series(1, 40) i;
