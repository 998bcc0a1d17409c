alter table "invoices" add column "currency" varchar not null default 'EUR';
alter table "invoices" add column "paid_at" datetime;
update "invoices" set "paid_at" = "updated_at" where "status" = 'paid';
update "invoices" set "currency" = 'USD' where "user_id" = 2;
-- $table->string('total')->nullable()->change(): numeric totals become text, empty ones NULL
create table "__temp__invoices" ("id" integer primary key autoincrement not null, "user_id" integer not null, "number" varchar not null, "status" varchar check ("status" in ('draft', 'issued', 'cancelled', 'paid')) not null default 'draft', "total" varchar, "is_recurring" tinyint(1) not null default '0', "due_at" date, "created_at" datetime, "updated_at" datetime, "currency" varchar not null default 'EUR', "paid_at" datetime, foreign key("user_id") references "users"("id") on delete cascade);
insert into "__temp__invoices" ("id", "user_id", "number", "status", "total", "is_recurring", "due_at", "created_at", "updated_at", "currency", "paid_at") select "id", "user_id", "number", "status", nullif("total", 0), "is_recurring", "due_at", "created_at", "updated_at", "currency", "paid_at" from "invoices";
drop table "invoices";
alter table "__temp__invoices" rename to "invoices";
create unique index "invoices_number_unique" on "invoices" ("number");
create index "invoices_status_index" on "invoices" ("status");
delete from "cache" where "expiration" < 1717200000;
insert into "migrations" ("migration", "batch") values ('2024_07_01_120000_add_currency_and_prune_cache', 4);
