CREATE INDEX CONCURRENTLY IF NOT EXISTS zerver_usermessage_starred_message_id
    ON zerver_usermessage (user_profile_id, message_id) WHERE (flags & 2) <> 0;
