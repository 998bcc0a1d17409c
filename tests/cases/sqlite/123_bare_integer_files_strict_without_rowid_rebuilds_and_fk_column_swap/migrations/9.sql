CREATE TABLE area_element(
    id INTEGER PRIMARY KEY NOT NULL,
    area_id INTEGER NOT NULL REFERENCES area(id),
    element_id TEXT NOT NULL REFERENCES element(id),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ')),
    deleted_at TEXT
) STRICT;

-- one row per (area, element) pair from the JSON arrays; deleted elements are skipped
INSERT INTO area_element (area_id, element_id, created_at, updated_at)
SELECT a.id, j.value, a.created_at, a.created_at
FROM area a, json_each(a.element_ids) j
JOIN element e ON e.id = j.value
WHERE e.deleted_at IS NULL
ORDER BY a.id, j.value;

CREATE TRIGGER area_element_updated_at UPDATE OF area_id, element_id, created_at, deleted_at ON area_element
BEGIN
    UPDATE area_element SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ') WHERE id = old.id;
END;

CREATE INDEX area_element_area_id ON area_element(area_id);

CREATE INDEX area_element_element_id ON area_element(element_id);

-- tags reshaped without touching updated_at: the trigger is dropped around the UPDATE
DROP TRIGGER area_updated_at;

UPDATE area
SET tags = json_remove(
        json_set(tags, '$.icon_square', json_extract(tags, '$.icon:square'), '$.element_count', json_array_length(element_ids)),
        '$."icon:square"')
WHERE deleted_at IS NULL;

ALTER TABLE area DROP COLUMN element_ids;

CREATE TRIGGER area_updated_at UPDATE OF tags, deleted_at ON area
BEGIN
    UPDATE area SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ') WHERE id = old.id;
END;
