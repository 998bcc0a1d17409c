CREATE SCHEMA "Sales Ops";
CREATE TABLE "Sales Ops"."Order Items" (
    "Item ID" integer PRIMARY KEY,
    "Account ID" integer NOT NULL CONSTRAINT "Order Items -> Accounts" REFERENCES "Customer Accounts" ("Account ID"),
    "Line Total" numeric(10,2) NOT NULL,
    "SKU-Code" text NOT NULL
);
CREATE INDEX "Order Items by Account" ON "Sales Ops"."Order Items" ("Account ID", "Line Total" DESC);
INSERT INTO "Sales Ops"."Order Items" SELECT "Account ID" * 10, "Account ID", "Account ID" * 9.99, 'SKU "' || "Account ID" || '"' FROM "Customer Accounts";
CREATE VIEW "Active Accounts" AS SELECT "Account ID", "Display Name" FROM "Customer Accounts" WHERE "isActive";
CREATE FUNCTION "Sales Ops"."Account Total"("Acct" integer) RETURNS numeric LANGUAGE sql STABLE AS $$
    SELECT sum("Line Total") FROM "Sales Ops"."Order Items" WHERE "Account ID" = "Acct"
$$;
