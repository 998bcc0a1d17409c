ALTER TABLE posts ALTER COLUMN props TYPE jsonb USING (CASE WHEN props = '' THEN NULL ELSE props::jsonb END);
UPDATE posts SET props = props - 'from_bot' || jsonb_build_object('from_bot', true) WHERE props ? 'from_bot';
ALTER TABLE channelmembers ALTER COLUMN notifyprops TYPE jsonb USING notifyprops::jsonb;
UPDATE channelmembers SET notifyprops = jsonb_set(notifyprops, '{push}', '"mention"') WHERE mentioncount > 0;
WITH counts AS (
    SELECT channelid, count(*) AS n FROM posts WHERE deleteat = 0 GROUP BY channelid
)
UPDATE channels c SET totalmsgcount = counts.n FROM counts WHERE counts.channelid = c.id;
ALTER TABLE channels DROP COLUMN IF EXISTS displayname_old;
