begin;
alter table contacts
    drop column phone,
    drop column created_at,
    drop column if exists fax_number;
alter table organizations drop column industry, drop column domain;
commit;
