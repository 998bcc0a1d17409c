CREATE TABLE organization_api_key (
	uuid			TEXT NOT NULL,
	org_uuid		TEXT NOT NULL,
	atype			INTEGER NOT NULL,
	api_key			TEXT NOT NULL,
	revision_date	DATETIME NOT NULL,
	PRIMARY KEY(uuid, org_uuid),
	FOREIGN KEY(org_uuid) REFERENCES organizations(uuid)
);

INSERT INTO organization_api_key (uuid, org_uuid, atype, api_key, revision_date)
SELECT 'ak-' || substr(uuid, 3), uuid, 0, lower(hex(uuid)), '2023-06-02 20:04:24' FROM organizations ORDER BY uuid;

ALTER TABLE users ADD COLUMN external_id TEXT;
-- reprompt was stored as NULL for "none"
UPDATE ciphers SET reprompt = 0 WHERE reprompt IS NULL;
