-- A PostgREST / Supabase-style API schema: the API server reloads its schema cache when notified.
CREATE TABLE todos (
    id integer PRIMARY KEY,
    task text NOT NULL,
    done boolean NOT NULL DEFAULT false
);
INSERT INTO todos SELECT g, 'task ' || g, g % 3 = 0 FROM generate_series(1, 30) g;
