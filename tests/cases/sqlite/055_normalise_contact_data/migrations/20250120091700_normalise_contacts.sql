begin;
update contacts set name = trim(name), email = lower(trim(email));
update contacts set phone = replace(replace(replace(replace(phone, '(', ''), ')', ''), ' ', ''), '-', '');
update contacts set country = 'DE' where lower(country) in ('de', 'germany');
commit;
