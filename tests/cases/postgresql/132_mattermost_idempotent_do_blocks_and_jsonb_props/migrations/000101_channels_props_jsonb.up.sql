DO $$
BEGIN
    IF (SELECT data_type FROM information_schema.columns WHERE table_name = 'channels' AND column_name = 'props') <> 'jsonb' THEN
        ALTER TABLE channels ALTER COLUMN props TYPE jsonb USING (CASE WHEN props = '' THEN '{}' ELSE props END)::jsonb;
    END IF;
END $$;
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_name = 'channels' AND column_name = 'lastrootpostat') THEN
        ALTER TABLE channels ADD COLUMN lastrootpostat bigint DEFAULT 0;
        UPDATE channels c SET lastrootpostat = coalesce((SELECT max(p.createat) FROM posts p WHERE p.channelid = c.id), 0);
    END IF;
END $$;
CREATE INDEX IF NOT EXISTS idx_channels_team_id_type ON channels (teamid, type);
