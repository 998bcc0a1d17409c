begin;
alter table contacts drop column phone;
commit;
