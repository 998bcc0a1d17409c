CREATE TABLE bookings_new (id INTEGER PRIMARY KEY, venue_id INTEGER NOT NULL REFERENCES venues(id), customer_id INTEGER NOT NULL REFERENCES venue_customers(id), starts_at TEXT NOT NULL, seats INTEGER NOT NULL, status TEXT NOT NULL DEFAULT 'confirmed');
INSERT INTO bookings_new SELECT id, venue_id, customer_id, starts_at, seats, status FROM bookings;
DROP TABLE bookings;
ALTER TABLE bookings_new RENAME TO bookings;
CREATE INDEX bookings_customer ON bookings (customer_id);
