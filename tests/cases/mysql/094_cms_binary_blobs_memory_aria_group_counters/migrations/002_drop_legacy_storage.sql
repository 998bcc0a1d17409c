-- The semaphore moves to InnoDB (MEMORY loses it on restart), the cache bin is dropped, the
-- watchdog table leaves Aria and gets a plain key.
ALTER TABLE semaphore ENGINE=InnoDB;
DROP TABLE cache_data;
ALTER TABLE watchdog DROP PRIMARY KEY, ADD PRIMARY KEY (wid, type), ENGINE=InnoDB, ADD KEY type (type);
ALTER TABLE key_value MODIFY value longblob NOT NULL COMMENT 'The value (serialized).';
