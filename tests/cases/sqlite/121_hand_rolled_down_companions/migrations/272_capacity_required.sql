-- venues without a capacity get the largest party booked there; cancelled bookings are purged
UPDATE venues SET capacity = (SELECT max(seats) FROM bookings WHERE bookings.venue_id = venues.id) WHERE capacity IS NULL;
DELETE FROM bookings WHERE status = 'cancelled';
