-- reaction.content_id held the memo's resource name; keep the memo's id instead. The inner join
-- drops reactions whose memo no longer exists.
CREATE TABLE reaction_new (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  created_ts BIGINT NOT NULL DEFAULT (strftime('%s', 'now')),
  creator_id INTEGER NOT NULL,
  memo_id INTEGER NOT NULL,
  reaction_type TEXT NOT NULL,
  UNIQUE(creator_id, memo_id, reaction_type)
);
INSERT INTO reaction_new (id, created_ts, creator_id, memo_id, reaction_type)
SELECT reaction.id, reaction.created_ts, reaction.creator_id, memo.id, reaction.reaction_type
FROM reaction
JOIN memo ON reaction.content_id = 'memos/' || memo.uid;
DROP TABLE reaction;
ALTER TABLE reaction_new RENAME TO reaction;
CREATE INDEX idx_reaction_memo_id ON reaction(memo_id, id);
