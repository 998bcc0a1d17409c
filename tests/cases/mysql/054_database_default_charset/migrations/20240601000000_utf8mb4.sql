-- Move to 4-byte UTF-8: the database default first, then each table with its rows.
ALTER DATABASE CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
ALTER TABLE workflows   CONVERT TO CHARACTER SET utf8mb4;
ALTER TABLE task_queues CONVERT TO CHARACTER SET utf8mb4;
