-- documenso draws the ids with gen_random_uuid(); a deterministic id here, so that the re-apply compares equal
INSERT INTO
  "DocumentData" ("id", "type", "data", "initialData", "documentId") (
    SELECT
      CAST(md5('document-data-' || d."id") AS TEXT),
      'BYTES_64',
      d."document",
      d."document",
      d."id"
    FROM
      "Document" d
    WHERE
      d."id" IS NOT NULL
      AND d."document" IS NOT NULL
  );
