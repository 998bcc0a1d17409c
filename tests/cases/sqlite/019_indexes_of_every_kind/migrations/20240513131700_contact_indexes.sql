create index contacts_last_name_idx on contacts (last_name);
create unique index contacts_email_lower_uq on contacts (lower(email)) where email is not null;
create index contacts_active_idx on contacts (organization_id, status) where status <> 'churned';
create index contacts_name_nocase_idx on contacts (last_name collate nocase, first_name collate nocase);
create index contacts_created_desc_idx on contacts (created_at desc);
