DROP EVENT purge_sessions;
