-- widen the phone columns, unless a view or rule is in the way
do $$
begin
  alter table portal_auth.users
    alter column phone type text,
    alter column phone_change type text;
exception
  when SQLSTATE '0A000' then
    raise notice 'Unable to change data type of phone, phone_change columns due to use by a view or rule';
  when SQLSTATE '2BP01' then
    raise notice 'Unable to change data type of phone, phone_change columns due to dependent objects';
end $$;
