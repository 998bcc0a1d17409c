ALTER TABLE "Customer Accounts" RENAME COLUMN "EMail" TO "Email Address";
UPDATE "Customer Accounts" SET "Email Address" = lower("Email Address"), "Display Name" = "Display Name" || ' (inactive)' WHERE "isActive" = 0;
ALTER TABLE "Order Items" RENAME TO "Order Lines";
