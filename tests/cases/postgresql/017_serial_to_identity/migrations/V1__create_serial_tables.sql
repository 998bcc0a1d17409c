CREATE TABLE notes (id serial PRIMARY KEY, body text NOT NULL);
CREATE TABLE audit_events (id bigserial PRIMARY KEY, actor text NOT NULL, event text NOT NULL);
INSERT INTO notes (body) SELECT 'note ' || i FROM generate_series(1, 35) i ORDER BY i;
INSERT INTO audit_events (actor, event) SELECT 'user' || (i % 5), 'login' FROM generate_series(1, 50) i ORDER BY i;
DELETE FROM notes WHERE id > 30;
