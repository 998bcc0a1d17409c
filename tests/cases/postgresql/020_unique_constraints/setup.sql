CREATE TABLE subscribers (id integer PRIMARY KEY, email text NOT NULL, list text NOT NULL, external_ref text,
    CONSTRAINT subscribers_list_id_key UNIQUE (list, id));
INSERT INTO subscribers SELECT i, 's' || (i % 61) || '@news.example', CASE WHEN i % 2 = 0 THEN 'weekly' ELSE 'monthly' END,
    CASE WHEN i = 4 THEN NULL ELSE 'ref-' || i END FROM generate_series(1, 90) i;
CREATE TABLE api_keys (id integer PRIMARY KEY, owner text NOT NULL, prefix text NOT NULL);
INSERT INTO api_keys VALUES (1, 'ops', 'ak_01'), (2, 'ops', 'ak_02'), (3, 'sales', 'ak_03');
