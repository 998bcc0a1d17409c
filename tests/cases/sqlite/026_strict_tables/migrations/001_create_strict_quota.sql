CREATE TABLE quotas (
    account TEXT PRIMARY KEY,
    max_api_calls INTEGER NOT NULL,
    max_storage_mb REAL NOT NULL,
    extra ANY
) STRICT;
INSERT INTO quotas VALUES ('acct-0', 10000, 512.0, NULL), ('acct-1', 5000, 256.0, 'trial'), ('acct-2', 20000, 1024.5, 7);
