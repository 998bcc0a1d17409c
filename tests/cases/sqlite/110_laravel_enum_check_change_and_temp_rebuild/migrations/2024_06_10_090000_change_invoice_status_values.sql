-- $table->enum('status', ['draft', 'issued', 'cancelled', 'paid'])->default('draft')->change();
-- plus the data mapping written by hand before it
update "invoices" set "status" = 'draft' where "status" = 'open' and "due_at" is null;
create table "__temp__invoices" ("id" integer primary key autoincrement not null, "user_id" integer not null, "number" varchar not null, "status" varchar check ("status" in ('draft', 'issued', 'cancelled', 'paid')) not null default 'draft', "total" numeric not null default '0', "is_recurring" tinyint(1) not null default '0', "due_at" date, "created_at" datetime, "updated_at" datetime, foreign key("user_id") references "users"("id") on delete cascade);
insert into "__temp__invoices" ("id", "user_id", "number", "status", "total", "is_recurring", "due_at", "created_at", "updated_at") select "id", "user_id", "number", case "status" when 'open' then 'issued' when 'void' then 'cancelled' else "status" end, "total", "is_recurring", "due_at", "created_at", "updated_at" from "invoices";
drop table "invoices";
alter table "__temp__invoices" rename to "invoices";
create unique index "invoices_number_unique" on "invoices" ("number");
create index "invoices_status_index" on "invoices" ("status");
insert into "migrations" ("migration", "batch") values ('2024_06_10_090000_change_invoice_status_values', 3);
