CREATE TABLE "Customer Accounts" (
    "Account ID" integer PRIMARY KEY,
    "Display Name" text NOT NULL,
    "EMail" text,
    "isActive" boolean NOT NULL DEFAULT true,
    "select" text
);
INSERT INTO "Customer Accounts" SELECT i, 'Account "' || i || '"', 'Acct' || i || '@Example.COM', i % 6 <> 0, 'reserved ' || i FROM generate_series(1, 25) i;
