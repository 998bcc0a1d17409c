do $$
begin
    if not exists(select *
        from information_schema.columns
        where table_schema = 'portal_auth' and table_name='identities' and column_name='provider_id')
    then
        alter table if exists portal_auth.identities
        rename column id to provider_id;
    end if;
end$$;

alter table if exists portal_auth.identities
    drop constraint if exists identities_pkey;

-- a key every row gets from its provider and provider id (new rows: a random one)
alter table if exists portal_auth.identities
    add column if not exists id uuid;
update portal_auth.identities set id = md5(provider || ':' || provider_id)::uuid where id is null;
alter table portal_auth.identities alter column id set default gen_random_uuid();
alter table portal_auth.identities alter column id set not null;
alter table portal_auth.identities add primary key (id);

do $$
begin
  if not exists
     (select constraint_name
      from information_schema.table_constraints
      where table_schema = 'portal_auth'
      and table_name = 'identities'
      and constraint_name = 'identities_provider_id_provider_unique')
  then
    alter table if exists portal_auth.identities
    add constraint identities_provider_id_provider_unique
    unique(provider_id, provider);
  end if;
end $$;
