-- A team-chat server before its v6 schema upgrades: JSON kept in text columns, a legacy ParentId
-- beside RootId, reactions without their channel.
CREATE TABLE Posts (
  Id varchar(26) NOT NULL,
  CreateAt bigint(20) DEFAULT NULL,
  DeleteAt bigint(20) DEFAULT NULL,
  ChannelId varchar(26) DEFAULT NULL,
  RootId varchar(26) DEFAULT NULL,
  ParentId varchar(26) DEFAULT NULL,
  Message text,
  FileIds varchar(150) DEFAULT NULL,
  Props text,
  PRIMARY KEY (Id),
  KEY idx_posts_root_id (RootId),
  KEY idx_posts_channel_id (ChannelId)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE Threads (
  PostId varchar(26) NOT NULL,
  ChannelId varchar(26) DEFAULT NULL,
  ReplyCount bigint(20) DEFAULT NULL,
  LastReplyAt bigint(20) DEFAULT NULL,
  Participants longtext,
  PRIMARY KEY (PostId),
  KEY idx_threads_channel_id (ChannelId)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE Reactions (
  UserId varchar(26) NOT NULL,
  PostId varchar(26) NOT NULL,
  EmojiName varchar(64) NOT NULL,
  CreateAt bigint(20) DEFAULT NULL,
  PRIMARY KEY (PostId, UserId, EmojiName)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

INSERT INTO Posts (Id, CreateAt, DeleteAt, ChannelId, RootId, ParentId, Message, FileIds, Props)
WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 160)
SELECT CONCAT('post', LPAD(n, 22, '0')), 1609459200000 + n * 60000, IF(n % 17 = 0, 1609459300000 + n, 0),
       CONCAT('chan', LPAD(1 + n % 5, 22, '0')),
       IF(n % 4 = 0, '', IF(n % 4 = 1, CONCAT('post', LPAD(n - 1, 22, '0')), '')),
       IF(n % 4 = 0 AND n > 4, CONCAT('post', LPAD(n - 4, 22, '0')), ''),
       CONCAT('message ', n, IF(n % 6 = 0, ' with a 📎', '')),
       IF(n % 5 = 0, CONCAT('["file', n, '"]'), '[]'),
       IF(n % 3 = 0, CONCAT('{"from_bot":"', IF(n % 2 = 0, 'true', 'false'), '"}'), '{}')
FROM seq;

INSERT INTO Threads (PostId, ChannelId, ReplyCount, LastReplyAt, Participants)
SELECT Id, ChannelId, CreateAt % 7, CreateAt + 1000, CONCAT('["user', CreateAt % 11, '","user', CreateAt % 13, '"]')
FROM Posts WHERE RootId = '' ORDER BY Id;

INSERT INTO Reactions (UserId, PostId, EmojiName, CreateAt)
SELECT CONCAT('user', LPAD(CreateAt % 9, 22, '0')), Id, ELT(1 + CreateAt % 3, 'smile', '+1', 'tada'), CreateAt + 5
FROM Posts WHERE CreateAt % 2 = 0 ORDER BY Id;
INSERT INTO Reactions (UserId, PostId, EmojiName, CreateAt) VALUES ('user0000000000000000000001', 'post-gone-000000000000000', 'smile', 1);
