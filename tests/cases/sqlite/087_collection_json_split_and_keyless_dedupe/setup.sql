-- A field-sales flashcard trainer (Anki-style schema 11): one "col" row carries the
-- configuration, the deck options and the tags as JSON text; "graves" records
-- deletions for sync in a table with no key and duplicate rows.
create table col (
  id integer primary key,
  crt integer not null,
  mod integer not null,
  ver integer not null,
  conf text not null,
  dconf text not null,
  tags text not null
);
create table cards (
  id integer primary key,
  nid integer not null,
  did integer not null,
  ord integer not null,
  mod integer not null,
  usn integer not null,
  ivl integer not null,
  due integer not null
);
create index ix_cards_nid on cards (nid);
create table graves (usn integer not null, oid integer not null, type integer not null);
create table revlog (id integer primary key, cid integer not null, usn integer not null, ease integer not null, ivl integer not null);
insert into col values (1, 1700000000, 1767225600000, 11,
  '{"activeDecks":[1],"curDeck":1,"newSpread":0,"collapseTime":1200,"timeLim":0,"estTimes":true,"sortType":"noteFld","nextPos":341,"schedVer":2}',
  '{"1":{"id":1,"name":"Default","new":{"perDay":20},"rev":{"perDay":200}},"1700000000001":{"id":1700000000001,"name":"Objection handling","new":{"perDay":10},"rev":{"perDay":100}}}',
  '{"pricing":0,"Pricing::Enterprise":0,"competitors":12,"onboarding":0,"legal":3,"PRICING":5}');
with recursive n(i) as (select 1 union all select i + 1 from n where i < 340)
insert into cards select 1700000100000 + i, 1700000200000 + i / 2, case when i % 3 = 0 then 1700000000001 else 1 end, i % 2,
  1767225600 + i, case when i % 10 = 0 then -1 else 0 end, i % 30, 1000 + i from n;
with recursive n(i) as (select 1 union all select i + 1 from n where i < 150)
insert into graves select case when i % 4 = 0 then -1 else i % 3 end, 1700000300000 + i % 90, i % 3 from n;
with recursive n(i) as (select 1 union all select i + 1 from n where i < 500)
insert into revlog select 1767225600000 + i, 1700000100000 + 1 + i % 340, 0, 1 + i % 4, i % 21 from n;
