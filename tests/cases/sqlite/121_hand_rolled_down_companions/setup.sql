-- A booking app's hand-rolled migrations: each NNN_name.sql has its reverse NNN_name_down.sql beside it.
CREATE TABLE venues (id INTEGER PRIMARY KEY, name TEXT NOT NULL, city TEXT NOT NULL, capacity INTEGER);
CREATE TABLE bookings (id INTEGER PRIMARY KEY, venue_id INTEGER NOT NULL REFERENCES venues(id), customer_email TEXT NOT NULL, starts_at TEXT NOT NULL, seats INTEGER NOT NULL, status TEXT NOT NULL DEFAULT 'confirmed');
INSERT INTO venues VALUES (1, 'Hall A', 'Berlin', 120), (2, 'Loft', 'Hamburg', 40), (3, 'Garden', 'Berlin', NULL), (4, 'Studio', 'Munich', 25);
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 64)
INSERT INTO bookings SELECT i, 1 + i % 4, 'guest' || (i % 23) || '@example.org', printf('2024-%02d-%02d 18:00', 1 + i % 12, 1 + i % 27), 1 + i % 9,
       CASE WHEN i % 10 = 0 THEN 'cancelled' ELSE 'confirmed' END FROM n;
