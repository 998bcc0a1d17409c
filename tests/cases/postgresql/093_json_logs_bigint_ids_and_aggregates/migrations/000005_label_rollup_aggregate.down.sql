DROP AGGREGATE label_union(integer[]);
