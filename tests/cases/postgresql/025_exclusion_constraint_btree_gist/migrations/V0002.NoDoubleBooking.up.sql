DELETE FROM room_bookings a USING room_bookings b
 WHERE a.room = b.room AND a.id > b.id
   AND tstzrange(a.starts_at, a.ends_at) && tstzrange(b.starts_at, b.ends_at);
ALTER TABLE room_bookings ADD COLUMN during tstzrange GENERATED ALWAYS AS (tstzrange(starts_at, ends_at)) STORED;
ALTER TABLE room_bookings ADD CONSTRAINT room_bookings_no_overlap EXCLUDE USING gist (room WITH =, during WITH &&);
