SET SESSION sql_mode = 'NO_ENGINE_SUBSTITUTION';

# Orphaned meta rows
DELETE pm FROM wp_postmeta pm LEFT JOIN wp_posts wp ON wp.ID = pm.post_id WHERE wp.ID IS NULL;

# Duplicate revisions: keep the oldest of each title
DELETE bad_rows.*
  FROM wp_posts AS bad_rows
  INNER JOIN (SELECT post_title, MIN(ID) AS min_id FROM wp_posts WHERE post_type = 'revision'
              GROUP BY post_title HAVING COUNT(*) > 1) AS good_rows
    ON good_rows.post_title = bad_rows.post_title AND good_rows.min_id <> bad_rows.ID;

# One of three identical hits in a table without a key, and the zero-dated ones
DELETE FROM wp_redirection_404 WHERE url = '/old-page' LIMIT 1;
DELETE FROM wp_redirection_404 WHERE hit_date = '0000-00-00 00:00:00';

UPDATE wp_posts SET guid = REPLACE(guid, 'http://', 'https://');
UPDATE wp_options SET option_value = REPLACE(option_value, 'http://', 'https://') WHERE option_name IN ('siteurl', 'home');
