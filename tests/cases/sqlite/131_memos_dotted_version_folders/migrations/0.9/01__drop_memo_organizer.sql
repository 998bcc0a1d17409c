DROP TABLE IF EXISTS memo_organizer;
