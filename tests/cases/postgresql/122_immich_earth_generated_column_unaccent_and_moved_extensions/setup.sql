-- A photo library (immich-like, typeorm with quoted camelCase names and hashed index names):
-- EXIF rows with coordinates, assets with original file names, people with names.
CREATE TABLE "assets" (
    "id" uuid NOT NULL,
    "ownerId" integer NOT NULL,
    "originalFileName" character varying NOT NULL,
    "fileCreatedAt" timestamp with time zone NOT NULL,
    "isArchived" boolean NOT NULL DEFAULT false,
    CONSTRAINT "PK_da96729a8b113377cfb6a62439c" PRIMARY KEY ("id")
);
CREATE TABLE "exif" (
    "assetId" uuid NOT NULL,
    "latitude" double precision,
    "longitude" double precision,
    "city" character varying,
    "country" character varying,
    CONSTRAINT "PK_c0117fdbc50b917ef9067740c44" PRIMARY KEY ("assetId"),
    CONSTRAINT "FK_c0117fdbc50b917ef9067740c44" FOREIGN KEY ("assetId") REFERENCES "assets" ("id") ON DELETE CASCADE
);
CREATE TABLE "person" ("id" integer PRIMARY KEY, "ownerId" integer NOT NULL, "name" character varying NOT NULL DEFAULT '');
INSERT INTO "assets" SELECT ('00000000-0000-4000-8000-' || lpad(to_hex(g), 12, '0'))::uuid, 1 + g % 3,
    (ARRAY['Café', 'Ärger', 'Élan', 'naïve', 'plain'])[1 + g % 5] || '_' || g || '.jpg',
    timestamptz '2023-06-01 12:00+00' + g * interval '9 hours', g % 13 = 0
FROM generate_series(1, 150) g ORDER BY g;
INSERT INTO "exif" SELECT ('00000000-0000-4000-8000-' || lpad(to_hex(g), 12, '0'))::uuid,
    CASE WHEN g % 6 = 0 THEN NULL ELSE -60 + (g * 7) % 120 + 0.125 END,
    CASE WHEN g % 6 = 0 THEN NULL ELSE -170 + (g * 11) % 340 + 0.5 END,
    (ARRAY['Zürich', 'São Paulo', 'Kraków', 'Reykjavík'])[1 + g % 4], 'Somewhere'
FROM generate_series(1, 150) g ORDER BY g;
INSERT INTO "person" SELECT g, 1 + g % 3, CASE WHEN g % 5 = 0 THEN '' ELSE (ARRAY['Zoë', 'José', 'Björn', 'Ana'])[1 + g % 4] || ' ' || g END
FROM generate_series(1, 60) g ORDER BY g;
