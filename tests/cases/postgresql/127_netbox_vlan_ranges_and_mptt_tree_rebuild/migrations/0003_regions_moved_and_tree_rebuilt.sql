-- country 1.4 moves under continent 2, a city goes; django-mptt's rebuild recomputes the tree
DELETE FROM dcim_region WHERE id = 312;
UPDATE dcim_region SET parent_id = 2 WHERE id = 14;
WITH RECURSIVE tree AS (
    SELECT id, id AS root, 0 AS level, ARRAY[slug::text] AS path FROM dcim_region WHERE parent_id IS NULL
    UNION ALL
    SELECT r.id, t.root, t.level + 1, t.path || r.slug::text FROM dcim_region r JOIN tree t ON r.parent_id = t.id
),
numbered AS (
    SELECT id, root, level, path, row_number() OVER (PARTITION BY root ORDER BY path) AS pos,
           (SELECT count(*) FROM tree d WHERE d.root = tree.root AND d.path[1:array_length(tree.path, 1)] = tree.path) - 1 AS descendants
    FROM tree
),
bounds AS (
    SELECT n.id, n.root, n.level,
           2 * n.pos - 1 - n.level - (SELECT count(*) FROM numbered a WHERE a.root = n.root AND a.pos < n.pos
                                        AND NOT (n.path[1:array_length(a.path, 1)] = a.path)) * 0 AS seq,
           n.descendants, n.path
    FROM numbered n
)
UPDATE dcim_region r SET
    tree_id = dense_rank,
    level = b.level,
    lft = b.lft,
    rght = b.lft + 2 * b.descendants + 1
FROM (
    SELECT id, level, descendants, dense_rank() OVER (ORDER BY root) AS dense_rank,
           -- lft = 1 + 2 * (nodes before me in preorder) - (my depth), rebuilt from preorder
           (SELECT 2 * count(*) FROM bounds p WHERE p.root = x.root AND p.path < x.path) - x.level + 1 AS lft
    FROM bounds x
) b
WHERE r.id = b.id;
UPDATE ipam_vlangroup SET region_id = NULL WHERE region_id = 312;
