-- Custom emoji of a removed user go, the rest are renamed; drafts keyed by channel get the root
-- suffix (keys compared with RTRIM), empty drafts are removed.
DELETE FROM custom_emoji WHERE creator_id = 'u2';
UPDATE custom_emoji SET name = replace(name, 'emoji_', 'e_');
INSERT INTO custom_emoji (id, name, creator_id) VALUES (2000, 'party_parrot', 'u1');
UPDATE draft SET channel_root = channel_root || '  ', files = json_insert(files, '$[#]', 'note.txt') WHERE message <> '';
DELETE FROM draft WHERE message = '';
ALTER TABLE post DROP COLUMN _changed;
