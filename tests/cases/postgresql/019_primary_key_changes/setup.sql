CREATE TABLE team_members (team text NOT NULL, user_email text NOT NULL, role text NOT NULL);
INSERT INTO team_members SELECT 'team-' || (i % 5), 'u' || (i % 23) || '@corp.example', CASE WHEN i % 9 = 0 THEN 'owner' ELSE 'member' END FROM generate_series(1, 60) i;
CREATE TABLE subscriptions (id integer PRIMARY KEY, account_id integer NOT NULL, plan text NOT NULL);
INSERT INTO subscriptions SELECT i, 100 + i, (ARRAY['free', 'pro', 'team'])[1 + i % 3] FROM generate_series(1, 30) i;
CREATE TABLE countries (iso2 char(2) NOT NULL, name text NOT NULL);
CREATE UNIQUE INDEX countries_iso2_idx ON countries (iso2);
INSERT INTO countries VALUES ('DE', 'Germany'), ('FR', 'France'), ('US', 'United States');
