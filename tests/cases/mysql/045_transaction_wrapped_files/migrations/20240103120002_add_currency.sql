begin;
alter table wallets add column currency char(3) not null default 'EUR';
update wallets set currency = 'USD' where id <= 10;
commit;
