-- customers get their own table; bookings point at them
CREATE TABLE venue_customers (id INTEGER PRIMARY KEY, email TEXT NOT NULL UNIQUE, first_booking TEXT NOT NULL);
INSERT INTO venue_customers (email, first_booking) SELECT customer_email, min(starts_at) FROM bookings GROUP BY customer_email ORDER BY customer_email;
ALTER TABLE bookings ADD COLUMN customer_id INTEGER REFERENCES venue_customers(id);
UPDATE bookings SET customer_id = (SELECT id FROM venue_customers c WHERE c.email = bookings.customer_email);
