-- A CRM whose app streams changes to its clients (Supabase Realtime style): the
-- publication exists before the tool first meets the database, empty.
CREATE PUBLICATION crm_realtime;

CREATE TABLE rooms (
  id integer PRIMARY KEY,
  title text NOT NULL
);
CREATE TABLE messages (
  id integer PRIMARY KEY,
  room_id integer NOT NULL REFERENCES rooms (id),
  author text NOT NULL,
  body text NOT NULL,
  sent_at timestamptz NOT NULL
);
CREATE TABLE tasks (
  id integer PRIMARY KEY,
  owner text NOT NULL,
  done boolean NOT NULL DEFAULT false,
  note text
);
CREATE TABLE deals (
  id integer PRIMARY KEY,
  public_ref text NOT NULL,
  stage text NOT NULL,
  amount numeric(12, 2) NOT NULL
);
CREATE TABLE legacy_events (
  id integer PRIMARY KEY,
  kind text NOT NULL
);

INSERT INTO rooms SELECT g, 'Room ' || g FROM generate_series(1, 12) g;
INSERT INTO messages
SELECT g, 1 + g % 12, 'user' || (g % 17), 'message #' || g, timestamptz '2024-02-01 08:00+00' + g * interval '7 minutes'
FROM generate_series(1, 300) g;
INSERT INTO tasks SELECT g, 'rep' || (g % 9), g % 4 = 0, CASE WHEN g % 3 = 0 THEN 'call back' END
FROM generate_series(1, 150) g;
INSERT INTO deals SELECT g, 'D-' || lpad(g::text, 5, '0'), (ARRAY['lead', 'won', 'lost'])[1 + g % 3], g * 12.5
FROM generate_series(1, 120) g;
INSERT INTO legacy_events SELECT g, 'kind' || (g % 5) FROM generate_series(1, 80) g;
