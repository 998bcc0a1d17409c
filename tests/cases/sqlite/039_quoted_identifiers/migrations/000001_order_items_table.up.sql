CREATE TABLE [Order Items] (
    [Item ID] INTEGER PRIMARY KEY,
    `Account ID` INTEGER NOT NULL REFERENCES "Customer Accounts"("Account ID"),
    "Line Total" INTEGER NOT NULL,
    "SKU-Code" TEXT NOT NULL
);
CREATE INDEX "Order Items by Account" ON [Order Items](`Account ID`, "Line Total" DESC);
INSERT INTO "Order Items" SELECT "Account ID" * 10, "Account ID", "Account ID" * 99, 'SKU "' || "Account ID" || '"' FROM "Customer Accounts";
