-- Budgets move to a pivot table; the old column loses its foreign key first, then its index and
-- itself; soft-deleted rows are purged (cascading to transactions); booleans become enums.
create table `budget_transaction_journal` (`id` int unsigned not null auto_increment primary key, `budget_id` int unsigned not null, `transaction_journal_id` int unsigned not null) default character set utf8mb4 collate 'utf8mb4_unicode_ci';
insert into `budget_transaction_journal` (`budget_id`, `transaction_journal_id`) select `budget_id`, `id` from `transaction_journals` where `budget_id` is not null order by `id`;
alter table `transaction_journals` drop foreign key `transaction_journals_budget_id_foreign`;
alter table `transaction_journals` drop index `transaction_journals_budget_id_foreign`;
alter table `transaction_journals` drop `budget_id`;
delete from `transaction_journals` where `deleted_at` is not null;
delete from `accounts` where `deleted_at` is not null;
alter table `transactions` add `state` enum('open', 'reconciled', 'void') not null default 'open' after `amount`;
update `transactions` set `state` = if(`reconciled` = 1, 'reconciled', 'open');
alter table `transactions` drop column `reconciled`;
alter table `transactions` modify `state` enum('open', 'reconciled') not null default 'open';
