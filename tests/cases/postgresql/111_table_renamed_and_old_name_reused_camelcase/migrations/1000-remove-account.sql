-- An account is removed: its channels, videos, comments and thumbnails go by cascade, the
-- abuses it reported or was flagged in keep their rows with NULLs; ids of a channel renumbered
-- through ON UPDATE CASCADE.
DELETE FROM "account" WHERE "id" = 4;
UPDATE "videoChannel" SET "id" = "id" + 100 WHERE "id" IN (2, 12);
