ALTER TABLE accounts RENAME double_tap TO gesture_nav;
ALTER TABLE accounts ALTER COLUMN gesture_nav SET DATA TYPE text
    USING CASE WHEN gesture_nav = true THEN 'tap' WHEN gesture_nav = false THEN 'none' END;
ALTER TABLE accounts ALTER COLUMN gesture_nav SET default 'tap';
ALTER TABLE accounts ALTER COLUMN last_ip SET DATA TYPE inet USING last_ip::inet;

ALTER TABLE activities ADD COLUMN changed_at timestamp with time zone;
UPDATE activities SET changed_at = published_at;
ALTER TABLE activities ALTER COLUMN changed_at SET not null;
ALTER TABLE activities ADD COLUMN document_vectors tsvector;
UPDATE activities
SET document_vectors = setweight(to_tsvector('simple', substring(coalesce(title, '') for 1000000)), 'A')
                    || setweight(to_tsvector('simple', substring(coalesce(body, '') for 1000000)), 'B');
CREATE INDEX document_vectors_idx ON activities USING gin (document_vectors);
