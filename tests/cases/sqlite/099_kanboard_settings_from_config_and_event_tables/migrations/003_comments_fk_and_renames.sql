-- version 11: comments.user_id referenced tasks; the table is rebuilt from a backup copy
ALTER TABLE comments RENAME TO comments_bak;

CREATE TABLE comments (
    id INTEGER PRIMARY KEY,
    task_id INTEGER,
    user_id INTEGER,
    date INTEGER,
    comment TEXT,
    FOREIGN KEY(task_id) REFERENCES tasks(id) ON DELETE CASCADE,
    FOREIGN KEY(user_id) REFERENCES users(id) ON DELETE CASCADE
);

INSERT INTO comments SELECT * FROM comments_bak;

DROP TABLE comments_bak;

-- version 47
ALTER TABLE task_has_files RENAME TO files;
ALTER TABLE task_has_subtasks RENAME TO subtasks;

-- version 48: subtasks get a position, numbered per task
ALTER TABLE subtasks ADD COLUMN position INTEGER DEFAULT 1;
UPDATE subtasks SET position = (
    SELECT count(*) FROM subtasks s2 WHERE s2.task_id = subtasks.task_id AND s2.id <= subtasks.id
);
