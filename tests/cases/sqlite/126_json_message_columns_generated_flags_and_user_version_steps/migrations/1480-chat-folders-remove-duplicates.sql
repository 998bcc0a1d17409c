-- keep one "all chats" folder: the one with the highest storage version
DELETE FROM chatFolders
WHERE folderType IS 1
AND id NOT IN (
  SELECT id FROM chatFolders
  WHERE folderType IS 1
  ORDER BY storageVersion DESC
  LIMIT 1
);

-- folders deleted long ago are purged
DELETE FROM chatFolders WHERE deletedAtTimestampMs IS NOT 0;

PRAGMA user_version = 1480;
