-- A Firefly-III-like personal finance manager (Laravel on MySQL): accounts, journals,
-- transactions with foreign keys named by Laravel (<table>_<column>_foreign), soft deletes.
create table `account_types` (`id` int unsigned not null auto_increment primary key, `type` varchar(50) not null) default character set utf8mb4 collate 'utf8mb4_unicode_ci';
create table `accounts` (`id` int unsigned not null auto_increment primary key, `created_at` timestamp null, `updated_at` timestamp null, `deleted_at` timestamp null, `account_type_id` int unsigned not null, `name` varchar(1024) not null, `virtual_balance` decimal(22, 12) null, `iban` varchar(255) null, `active` tinyint(1) not null default '1', `encrypted` tinyint(1) not null default '0') default character set utf8mb4 collate 'utf8mb4_unicode_ci';
alter table `accounts` add constraint `accounts_account_type_id_foreign` foreign key (`account_type_id`) references `account_types` (`id`) on delete cascade;
create table `budgets` (`id` int unsigned not null auto_increment primary key, `deleted_at` timestamp null, `name` varchar(1024) not null, `active` tinyint(1) not null default '1', `order` smallint unsigned not null default '0') default character set utf8mb4 collate 'utf8mb4_unicode_ci';
create table `transaction_journals` (`id` int unsigned not null auto_increment primary key, `deleted_at` timestamp null, `transaction_type` enum('Withdrawal','Deposit','Transfer','Opening balance') not null, `budget_id` int unsigned null, `description` varchar(1024) not null, `date` date not null, `completed` tinyint(1) not null default '0', `tag_count` int unsigned not null default '0') default character set utf8mb4 collate 'utf8mb4_unicode_ci';
alter table `transaction_journals` add constraint `transaction_journals_budget_id_foreign` foreign key (`budget_id`) references `budgets` (`id`) on delete set null;
create table `transactions` (`id` int unsigned not null auto_increment primary key, `deleted_at` timestamp null, `account_id` int unsigned not null, `transaction_journal_id` int unsigned not null, `description` varchar(1024) null, `amount` decimal(15, 2) not null, `reconciled` tinyint(1) not null default '0') default character set utf8mb4 collate 'utf8mb4_unicode_ci';
alter table `transactions` add constraint `transactions_account_id_foreign` foreign key (`account_id`) references `accounts` (`id`) on delete cascade;
alter table `transactions` add constraint `transactions_transaction_journal_id_foreign` foreign key (`transaction_journal_id`) references `transaction_journals` (`id`) on delete cascade;

insert into `account_types` (`type`) values ('Asset account'), ('Expense account'), ('Revenue account'), ('Cash account'), ('Initial balance account');

insert into `accounts` (`created_at`, `updated_at`, `deleted_at`, `account_type_id`, `name`, `virtual_balance`, `iban`, `active`)
with recursive seq(n) as (select 1 union all select n + 1 from seq where n < 40)
select '2023-01-01 00:00:00', '2023-01-01 00:00:00', if(n % 13 = 0, '2023-06-01 00:00:00', null), 1 + n % 5,
       concat(elt(1 + n % 5, 'Checking ', 'Groceries ', 'Salary ', 'Wallet ', 'Initial '), n), if(n % 5 = 0, 100.5 * n, null),
       if(n % 5 = 0, concat('NL91ABNA0417', lpad(n, 6, '0')), null), n % 9 <> 0
from seq order by n;

insert into `budgets` (`deleted_at`, `name`, `active`, `order`)
with recursive seq(n) as (select 1 union all select n + 1 from seq where n < 10)
select if(n = 10, '2023-07-01 00:00:00', null), concat('Budget ', n), n % 4 <> 0, n from seq order by n;

insert into `transaction_journals` (`deleted_at`, `transaction_type`, `budget_id`, `description`, `date`, `completed`, `tag_count`)
with recursive seq(n) as (select 1 union all select n + 1 from seq where n < 180)
select if(n % 29 = 0, '2023-08-01 00:00:00', null), elt(1 + n % 4, 'Withdrawal', 'Deposit', 'Transfer', 'Opening balance'),
       if(n % 3 = 0, null, 1 + n % 10), concat('Journal ', n), '2023-01-01' + interval n day, n % 7 <> 0, n % 3
from seq order by n;

insert into `transactions` (`deleted_at`, `account_id`, `transaction_journal_id`, `description`, `amount`, `reconciled`)
with recursive seq(n) as (select 1 union all select n + 1 from seq where n < 360)
select null, 1 + n % 40, 1 + (n - 1) div 2, if(n % 5 = 0, concat('split ', n), null), if(n % 2, -1, 1) * (10 + n * 1.25), n % 6 = 0
from seq order by n;
