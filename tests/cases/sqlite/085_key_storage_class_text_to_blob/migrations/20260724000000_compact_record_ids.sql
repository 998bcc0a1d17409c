-- Store record and device uuids as 16-byte blobs instead of 36-character text.
-- The key column changes storage class: every touched row gets a new key value.
-- Anything that is not a uuid stays as it is.
update sync_records set
    id = case when length(replace(id, '-', '')) = 32 and replace(id, '-', '') not glob '*[^0-9a-f]*'
              then cast(replace(id, '-', '') as blob) else id end,
    device = cast(replace(device, '-', '') as blob)
where typeof(id) = 'text' or typeof(device) = 'text';
-- Keys of one namespace become blobs too (a WITHOUT ROWID table's primary key moves).
update settings_kv set key = cast(key as blob) where namespace = 'ns-1';
