-- The room reference becomes bigint: the table is rewritten, its publication
-- membership and replica identity stay.
ALTER TABLE messages DROP CONSTRAINT messages_room_id_fkey;
ALTER TABLE rooms ALTER COLUMN id TYPE bigint;
ALTER TABLE messages ALTER COLUMN room_id TYPE bigint;
ALTER TABLE messages ADD CONSTRAINT messages_room_id_fkey FOREIGN KEY (room_id) REFERENCES rooms (id);
ALTER PUBLICATION crm_deals_feed DROP TABLE rooms;
