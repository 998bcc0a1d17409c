-- Post-deploy data migration: keep the first link of each (topic, url), then make it unique.
DELETE FROM topic_links a
USING topic_links b
WHERE a.topic_id = b.topic_id AND a.url = b.url AND a.id > b.id;

CREATE UNIQUE INDEX index_topic_links_on_topic_id_and_url ON topic_links (topic_id, url);

UPDATE topics t SET views = t.views + l.n
FROM (SELECT topic_id, count(*) AS n FROM topic_links GROUP BY topic_id) l
WHERE l.topic_id = t.id;
