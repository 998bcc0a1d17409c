-- ->change() on columns (Laravel renders the whole column definition again), renameColumn,
-- the enum replaced by a type table: foreign keys dropped before their columns go.
alter table `accounts` modify `virtual_balance` decimal(32, 12) null, modify `iban` varchar(255) null collate 'utf8mb4_unicode_ci' comment 'IBAN, spaces removed';
update `accounts` set `iban` = replace(`iban`, ' ', '') where `iban` is not null;
alter table `budgets` rename column `order` to `sort_order`;
create table `transaction_types` (`id` int unsigned not null auto_increment primary key, `type` varchar(50) not null, unique `transaction_types_type_unique`(`type`)) default character set utf8mb4 collate 'utf8mb4_unicode_ci';
insert into `transaction_types` (`type`) values ('Withdrawal'), ('Deposit'), ('Transfer'), ('Opening balance'), ('Reconciliation');
alter table `transaction_journals` add `transaction_type_id` int unsigned null after `deleted_at`;
update `transaction_journals` tj join `transaction_types` tt on tt.`type` = tj.`transaction_type` set tj.`transaction_type_id` = tt.`id`;
alter table `transaction_journals` modify `transaction_type_id` int unsigned not null;
alter table `transaction_journals` add constraint `transaction_journals_transaction_type_id_foreign` foreign key (`transaction_type_id`) references `transaction_types` (`id`) on delete cascade;
alter table `transaction_journals` drop `transaction_type`;
