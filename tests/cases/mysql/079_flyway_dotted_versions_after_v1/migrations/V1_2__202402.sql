-- the JPA table generator of sample_file starts after the ids handed out so far
CREATE TABLE IF NOT EXISTS `sample_file_seq` (
  `next_val` bigint DEFAULT NULL
);

SELECT @last_id := MAX(id) FROM sample_file;

INSERT INTO sample_file_seq (next_val)
SELECT @last_id + 1
WHERE NOT EXISTS (SELECT 1 FROM sample_file_seq);

DELETE FROM sample_file WHERE `value` IS NULL;
