ALTER TABLE accounts
    ADD column stylesheet text not null default '',
    ADD column google_id text not null default '',
    ADD column openid_connect_id text not null default '';

-- Copy each account's preferences out of the hstore, one row at a time through a cursor.
DECLARE prefs_cursor CURSOR FOR
    SELECT id,
           COALESCE(extra->'custom_css', '') AS custom_css,
           COALESCE(extra->'google_id', '') AS google_id,
           COALESCE(extra->'oidc_id', '') AS oidc_id
    FROM accounts
    WHERE id <= 3
    ORDER BY id
    FOR UPDATE;
FETCH NEXT FROM prefs_cursor;
UPDATE accounts SET stylesheet = COALESCE(extra->'custom_css', ''), google_id = COALESCE(extra->'google_id', ''),
                    openid_connect_id = COALESCE(extra->'oidc_id', '')
WHERE CURRENT OF prefs_cursor;
FETCH NEXT FROM prefs_cursor;
UPDATE accounts SET stylesheet = COALESCE(extra->'custom_css', ''), google_id = COALESCE(extra->'google_id', ''),
                    openid_connect_id = COALESCE(extra->'oidc_id', '')
WHERE CURRENT OF prefs_cursor;
CLOSE prefs_cursor;

-- The rest in one statement.
UPDATE accounts SET stylesheet = COALESCE(extra->'custom_css', ''), google_id = COALESCE(extra->'google_id', ''),
                    openid_connect_id = COALESCE(extra->'oidc_id', '')
WHERE id > 2;
