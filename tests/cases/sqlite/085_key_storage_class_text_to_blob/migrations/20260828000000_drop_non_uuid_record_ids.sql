-- Records whose id is not a 16-byte blob cannot be decoded any more: drop them.
delete from sync_records where typeof(id) <> 'blob' or length(id) <> 32;
-- and the settings of a namespace nobody reads
delete from settings_kv where namespace = 'ns-3' and typeof(key) = 'text';
