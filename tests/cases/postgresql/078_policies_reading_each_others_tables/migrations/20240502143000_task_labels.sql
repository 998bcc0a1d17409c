-- A fourth table whose policy reads tasks, then tasks loses a column.
CREATE TABLE public.task_labels (
    task_id bigint NOT NULL REFERENCES public.tasks (id) ON DELETE CASCADE,
    label text NOT NULL,
    PRIMARY KEY (task_id, label)
);
ALTER TABLE public.task_labels ENABLE ROW LEVEL SECURITY;
CREATE POLICY "labels follow their task" ON public.task_labels TO authenticated
    USING (EXISTS (SELECT 1 FROM public.tasks t WHERE t.id = task_labels.task_id));

INSERT INTO public.task_labels (task_id, label) SELECT id, CASE WHEN id % 2 = 0 THEN 'bug' ELSE 'feature' END FROM public.tasks ORDER BY id;
DELETE FROM public.tasks WHERE id % 10 = 0;
