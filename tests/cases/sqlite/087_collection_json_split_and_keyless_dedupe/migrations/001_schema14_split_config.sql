create table deck_config (
  id integer primary key not null,
  name text not null collate nocase,
  mtime_secs integer not null,
  usn integer not null,
  config blob not null
);
create table config (
  key text not null primary key,
  usn integer not null,
  mtime_secs integer not null,
  val blob not null
) without rowid;
create table tags (
  tag text not null primary key collate nocase,
  usn integer not null
) without rowid;
-- the JSON kept in the single col row becomes rows (json_each over a scalar subquery)
insert into config (key, usn, mtime_secs, val)
select key, 0, 1767225600, cast(json_quote(value) as blob) from json_each((select conf from col));
insert into deck_config (id, name, mtime_secs, usn, config)
select json_extract(value, '$.id'), json_extract(value, '$.name'), 1767225600, 0, cast(value as blob)
from json_each((select dconf from col)) order by key;
insert or ignore into tags (tag, usn) select key, value from json_each((select tags from col)) order by key;
update col
set
  ver = 14,
  conf = '{}',
  dconf = '{}',
  tags = '{}';
