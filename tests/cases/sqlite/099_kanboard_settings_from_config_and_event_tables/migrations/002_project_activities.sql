-- version 33: one activity stream instead of three event tables
CREATE TABLE project_activities (
    id INTEGER PRIMARY KEY,
    date_creation INTEGER NOT NULL,
    event_name TEXT NOT NULL,
    creator_id INTEGER,
    project_id INTEGER,
    task_id INTEGER,
    data TEXT,
    FOREIGN KEY(creator_id) REFERENCES users(id) ON DELETE CASCADE,
    FOREIGN KEY(project_id) REFERENCES projects(id) ON DELETE CASCADE,
    FOREIGN KEY(task_id) REFERENCES tasks(id) ON DELETE CASCADE
);

INSERT INTO project_activities (date_creation, event_name, creator_id, project_id, task_id, data)
SELECT date_creation, event_name, creator_id, project_id, task_id, data FROM (
    SELECT date_creation, event_name, creator_id, project_id, task_id, data, 1 AS src, id FROM task_has_events
    UNION ALL
    SELECT date_creation, event_name, creator_id, project_id, task_id, '{"comment_id":' || comment_id || '}', 2, id FROM comment_has_events
    UNION ALL
    SELECT date_creation, event_name, creator_id, project_id, task_id, nullif(data, ''), 3, id FROM subtask_has_events
) ORDER BY date_creation, src, id;

DROP TABLE task_has_events;
DROP TABLE comment_has_events;
DROP TABLE subtask_has_events;

-- version 44: when did a task last move
ALTER TABLE tasks ADD COLUMN date_moved INTEGER DEFAULT 0;

UPDATE tasks
   SET date_moved = (
       SELECT md
       FROM (
           SELECT task_id, max(date_creation) md
           FROM project_activities
           WHERE event_name IN ('task.create', 'task.move.column')
           GROUP BY task_id
       ) src
       WHERE id = src.task_id
   )
 WHERE (date_moved IS NULL OR date_moved = 0) AND id IN (
       SELECT task_id
       FROM (
           SELECT task_id, max(date_creation) md
           FROM project_activities
           WHERE event_name IN ('task.create', 'task.move.column')
           GROUP BY task_id
       ) src
   );

UPDATE tasks SET date_moved = date_creation WHERE date_moved IS NULL OR date_moved = 0;
