-- Audiobookshelf-like sequelize schema on SQLite: UUID text keys, JSON kept in TEXT columns,
-- `createdAt`/`updatedAt` stamps, a SequelizeMeta ledger.
CREATE TABLE `SequelizeMeta` (`name` VARCHAR(255) NOT NULL UNIQUE PRIMARY KEY);
INSERT INTO `SequelizeMeta` VALUES ('v2.15.0-series-column-unique.js');
CREATE TABLE `libraries` (`id` UUID PRIMARY KEY, `name` VARCHAR(255), `displayOrder` INTEGER, `mediaType` VARCHAR(255),
  `settings` JSON, `createdAt` DATETIME NOT NULL, `updatedAt` DATETIME NOT NULL);
CREATE TABLE `libraryItems` (`id` UUID PRIMARY KEY, `ino` VARCHAR(255), `path` VARCHAR(255), `mediaId` UUID, `mediaType` VARCHAR(255),
  `isMissing` TINYINT(1) DEFAULT 0, `isInvalid` TINYINT(1) DEFAULT 0, `size` BIGINT, `libraryFiles` JSON, `extraData` JSON,
  `createdAt` DATETIME NOT NULL, `updatedAt` DATETIME NOT NULL,
  `libraryId` UUID REFERENCES `libraries` (`id`) ON DELETE SET NULL ON UPDATE CASCADE);
CREATE INDEX `library_items_library_id_media_type` ON `libraryItems` (`libraryId`, `mediaType`);
CREATE TABLE `books` (`id` UUID PRIMARY KEY, `title` VARCHAR(255), `subtitle` VARCHAR(255), `publishedYear` VARCHAR(255),
  `language` VARCHAR(255), `explicit` TINYINT(1) DEFAULT 0, `duration` FLOAT, `tags` JSON, `genres` JSON, `chapters` JSON,
  `createdAt` DATETIME NOT NULL, `updatedAt` DATETIME NOT NULL);
CREATE TABLE `mediaProgresses` (`id` UUID PRIMARY KEY, `mediaItemId` UUIDV4, `mediaItemType` VARCHAR(255), `duration` FLOAT,
  `currentTime` FLOAT, `isFinished` TINYINT(1) DEFAULT 0, `userId` UUID, `extraData` JSON,
  `createdAt` DATETIME NOT NULL, `updatedAt` DATETIME NOT NULL);

INSERT INTO `libraries` VALUES ('lib-0001', 'Audiobooks', 1, 'book', '{"coverAspectRatio": 1, "skipMatchingMediaWithAsin": false}', '2023-01-01 00:00:00.000 +00:00', '2023-01-01 00:00:00.000 +00:00'),
  ('lib-0002', 'Podcasts', 2, 'podcast', '{"coverAspectRatio": 1}', '2023-01-01 00:00:00.000 +00:00', '2023-01-01 00:00:00.000 +00:00');
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 60)
INSERT INTO `books` SELECT printf('book-%04d', i), 'Book ' || i, CASE WHEN i % 3 = 0 THEN 'Part ' || i END, CAST(1990 + i % 30 AS TEXT),
  CASE WHEN i % 4 = 0 THEN 'German' ELSE 'English' END, i % 9 = 0, i * 1800.5,
  json_array('tag' || (i % 5)), json_array('Fiction', CASE WHEN i % 2 = 0 THEN 'Fantasy' ELSE 'Crime' END),
  json_array(json_object('id', 0, 'start', 0, 'end', i * 10.5, 'title', 'Chapter 1')),
  '2023-02-01 00:00:00.000 +00:00', printf('2023-03-%02d 00:00:00.000 +00:00', 1 + i % 28) FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 60)
INSERT INTO `libraryItems` SELECT printf('li-%04d', i), CAST(1000000 + i AS TEXT), '/audiobooks/Book ' || i, printf('book-%04d', i), 'book',
  i % 13 = 0, 0, i * 52428800, json_array(json_object('ino', CAST(2000000 + i AS TEXT), 'metadata', json_object('ext', '.m4b'))),
  '{}', '2023-02-01 00:00:00.000 +00:00', '2023-02-01 00:00:00.000 +00:00', 'lib-0001' FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 80)
INSERT INTO `mediaProgresses` SELECT printf('mp-%04d', i), printf('book-%04d', 1 + i % 60), 'book', (1 + i % 60) * 1800.5,
  (i % 7) * 600.25, i % 5 = 0, printf('user-%d', (i - 1) / 20), CASE WHEN i % 6 = 0 THEN json_object('libraryItemId', printf('li-%04d', 1 + i % 60)) ELSE '{}' END,
  '2023-04-01 00:00:00.000 +00:00', '2023-04-01 00:00:00.000 +00:00' FROM n;
