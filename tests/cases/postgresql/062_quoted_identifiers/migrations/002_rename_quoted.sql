ALTER TABLE "Customer Accounts" RENAME COLUMN "EMail" TO "Email Address";
UPDATE "Customer Accounts" SET "Email Address" = lower("Email Address"), "Display Name" = "Display Name" || ' (inactive)' WHERE NOT "isActive";
ALTER TABLE "Customer Accounts" RENAME TO "Client Accounts";
ALTER TABLE "Client Accounts" DROP COLUMN "select";
