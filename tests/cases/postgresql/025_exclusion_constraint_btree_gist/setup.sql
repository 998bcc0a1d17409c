CREATE TABLE room_bookings (id integer PRIMARY KEY, room text NOT NULL, booked_by text NOT NULL, starts_at timestamptz NOT NULL, ends_at timestamptz NOT NULL);
INSERT INTO room_bookings SELECT i, 'room-' || (i % 4), 'person' || (i % 9),
    timestamptz '2024-03-04 08:00+00' + (i / 4) * interval '1 hour' + CASE WHEN i % 11 = 0 THEN interval '30 minutes' ELSE interval '0' END,
    timestamptz '2024-03-04 08:00+00' + (i / 4) * interval '1 hour' + interval '1 hour'
FROM generate_series(1, 80) i;
